using BenchmarkDotNet.Running;
using Spectra.Benchmarks;

// dotnet run -c Release -- [BenchmarkDotNet arguments]       e.g. --filter '*' --job short (CI smoke: --job dry)
// dotnet run -c Release -- materialize <directory> <services>  writes the synthetic org's declarations (eng/bench-build.py)
// dotnet run -c Release -- steady <services> [edits]            successive edits in one driver (the IDE), Spectra vs the Roslyn floor
// dotnet run -c Release -- phases <services> [rounds] [cache|nocache|emptycache|floor]   the driver's own per-step times, cold and after an edit
// dotnet run -c Release -- payload <services> [rounds]          embedded payload size and encode time per deflate level
if (args is ["materialize", var directory, var count])
{
    foreach (var source in Spectra.Benchmarks.SyntheticOrg.SyntheticOrg.Sources(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)))
    {
        var path = Path.Combine(directory, source.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, source.Text.ReplaceLineEndings("\n"));
    }

    return 0;
}

if (args is ["steady", var steadySize, .. var steadyRest])
{
    SteadyEdits.Print(
        int.Parse(steadySize, System.Globalization.CultureInfo.InvariantCulture),
        steadyRest is [var e, ..] ? int.Parse(e, System.Globalization.CultureInfo.InvariantCulture) : 30);
    return 0;
}

if (args is ["payload", var payloadSize, .. var payloadRest])
{
    PayloadReport.Print(
        int.Parse(payloadSize, System.Globalization.CultureInfo.InvariantCulture),
        payloadRest is [var pr, ..] ? int.Parse(pr, System.Globalization.CultureInfo.InvariantCulture) : 5);
    return 0;
}

if (args is ["phases", var size, .. var rest])
{
    PhaseReport.Print(
        int.Parse(size, System.Globalization.CultureInfo.InvariantCulture),
        rest is [var r, ..] ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 5,
        rest is [_, var mode, ..] ? mode : "cache");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
return 0;
