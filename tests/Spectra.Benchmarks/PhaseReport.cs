using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Spectra.Benchmarks;

/// <summary>
/// Quick numbers without BenchmarkDotNet: the generator's wall time and Roslyn's per-step elapsed times (summed over
/// a step's entries) for a cold run and for a one-line edit, medians over a few rounds. Step times include only the
/// step's own transform, so they show where a run goes (evaluation is the FAWMN steps *Sources).
/// </summary>
internal static class PhaseReport
{
    /// <summary>
    /// Every cold round parses the org anew, as each command-line build does: new trees and compilation, a fresh
    /// driver, in one process, so the generator's process-wide caches (Caching/) serve what they can, as in the
    /// compiler server. <paramref name="mode"/> "nocache" turns the evaluation and render caches off for comparison;
    /// "emptycache" gives every cold round a new assembly name, so the caches have nothing for it (a first build:
    /// every declaration is evaluated and its dependencies recorded) while the edit after it can use them. "floor" runs
    /// <see cref="FloorGenerator"/> instead: what Roslyn charges any generator that finds the same classes.
    /// </summary>
    public static void Print(int services, int rounds, string mode = "cache")
    {
        var withCache = mode != "nocache";
        using var probe = Spectra.Generators.Caching.EvaluationProbe.Start(disableCache: !withCache);
        var cold = new List<double>();
        var warm = new List<double>();
        var coldSteps = new Dictionary<string, List<double>>();
        var warmSteps = new Dictionary<string, List<double>>();
        var firstRun = 0.0;
        for (var round = 0; round < rounds + 1; round++)
        {
            var fresh = mode == "emptycache" ? OrgCompilation.Create(services).WithAssemblyName("Declarations" + round) : OrgCompilation.Create(services);
            var stopwatch = Stopwatch.StartNew();
            var driver = OrgCompilation.CreateDriver(trackSteps: true, mode == "floor" ? new FloorGenerator() : null).RunGenerators(fresh);
            var coldTime = stopwatch.Elapsed.TotalMilliseconds;
            var coldResult = driver.GetRunResult().Results.Single();
            var edited = OrgCompilation.EditPipeline(fresh, (services + 1) / 2, round);
            stopwatch.Restart();
            driver = driver.RunGenerators(edited);
            var warmTime = stopwatch.Elapsed.TotalMilliseconds;
            if (round == 0)
            {
                firstRun = coldTime;
                continue; // JIT
            }

            cold.Add(coldTime);
            warm.Add(warmTime);
            Collect(coldResult, coldSteps);
            Collect(driver.GetRunResult().Results.Single(), warmSteps);
        }

        Console.WriteLine("caches: " + mode);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first run in this process (JIT of the generator, Roslyn and YamlDotNet included): {firstRun:F1} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{services} services, {rounds} rounds after one JIT round: cold run median {Median(cold):F1} ms (min {cold.Min():F1}, max {cold.Max():F1}); one-line edit median {Median(warm):F1} ms (min {warm.Min():F1}, max {warm.Max():F1})"));
        Console.WriteLine("step                      cold ms   edit ms");
        foreach (var name in coldSteps.Keys.OrderByDescending(k => Median(coldSteps[k])))
        {
            var edit = warmSteps.TryGetValue(name, out var w) ? Median(w) : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-24} {Median(coldSteps[name]),8:F2} {edit,9:F2}"));
        }
    }

    private static void Collect(GeneratorRunResult result, Dictionary<string, List<double>> into)
    {
        foreach (var (name, steps) in result.TrackedSteps)
        {
            if (!into.TryGetValue(name, out var list))
            {
                into[name] = list = [];
            }

            list.Add(steps.Sum(s => s.ElapsedTime.TotalMilliseconds));
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
