using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Spectra.Benchmarks;

/// <summary>
/// The IDE's case: one driver, one compilation edited again and again (each edit builds on the last, no step
/// tracking), after one warm-up run. Spectra and <see cref="FloorGenerator"/> take turns, so Spectra's own share of
/// an edit is the difference of the two means measured in the same run.
/// </summary>
internal static class SteadyEdits
{
    public static void Print(int services, int edits, int turns = 2)
    {
        var spectra = new List<double>();
        var floor = new List<double>();
        for (var turn = 0; turn < turns + 1; turn++)
        {
            var spectraMean = MeanEdit(services, edits, new Spectra.Generators.SpectraGenerator());
            var floorMean = MeanEdit(services, edits, new FloorGenerator());
            if (turn == 0)
            {
                continue; // JIT
            }

            spectra.Add(spectraMean);
            floor.Add(floorMean);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{services} services, {edits} successive edits per turn, {turns} turns: Spectra {string.Join(" / ", spectra.Select(m => m.ToString("F1", CultureInfo.InvariantCulture)))} ms per edit, floor {string.Join(" / ", floor.Select(m => m.ToString("F1", CultureInfo.InvariantCulture)))} ms, Spectra's own share {spectra.Zip(floor, (s, f) => s - f).Average():F1} ms"));
    }

    private static double MeanEdit(int services, int edits, IIncrementalGenerator generator)
    {
        var compilation = OrgCompilation.Create(services);
        var driver = OrgCompilation.CreateDriver(trackSteps: false, generator).RunGenerators(compilation);
        var stopwatch = Stopwatch.StartNew();
        for (var edit = 0; edit < edits; edit++)
        {
            compilation = OrgCompilation.EditPipeline(compilation, (services + 1) / 2, edit);
            driver = driver.RunGenerators(compilation);
        }

        return stopwatch.Elapsed.TotalMilliseconds / edits;
    }
}
