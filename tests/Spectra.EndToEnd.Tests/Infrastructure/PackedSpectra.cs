using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Xunit;

namespace Spectra.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Packs the three Spectra packages once per test run, with a version no earlier run used: NuGet caches packages by
/// version, so re-packing a version would silently test stale bits.
/// </summary>
public sealed class PackedSpectra : IDisposable
{
    private static readonly string[] Projects = ["Spectra.Abstractions", "Spectra.Generators", "Spectra.Sdk"];

    public PackedSpectra()
    {
        Version = "0.0.1-e2e." + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
        RunDirectory = Path.Combine(Path.GetTempPath(), "spectra-e2e", Version);
        Directory.CreateDirectory(FeedDirectory);
        try
        {
            Pack();
        }
        catch
        {
            Dispose(); // xunit does not dispose a fixture whose constructor threw.
            throw;
        }
    }

    /// <summary>The version every package of this run carries.</summary>
    public string Version { get; }

    /// <summary>Everything this run creates; deleted at the end.</summary>
    public string RunDirectory { get; }

    /// <summary>The local NuGet feed holding this run's packages.</summary>
    public string FeedDirectory => Path.Combine(RunDirectory, "feed");

    /// <summary>NUGET_PACKAGES for test builds: keeps the unique versions out of the user's package cache.</summary>
    public string PackagesDirectory => Path.Combine(RunDirectory, "packages");

    public void Dispose()
    {
        try
        {
            Directory.Delete(RunDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a file still held open must not turn a green run red; the folder is under temp.
        }
    }

    private void Pack()
    {
        // One solution file, one dotnet process: the three projects restore and build together. --artifacts-path
        // keeps this build's bin/obj away from the source tree, where a developer may be building at the same time.
        var solution = Path.Combine(RunDirectory, "spectra.slnx");
        File.WriteAllText(solution, "<Solution>\n" + string.Concat(Projects.Select(p => $"  <Project Path=\"{SourceTree.Project(p)}\" />\n")) + "</Solution>\n");
        var result = DotNet.Run(RunDirectory, [
            "pack", solution, "-c", "Release", "-tl:off", "-nologo",
            $"-p:Version={Version}", $"-p:PackageOutputPath={FeedDirectory}/",
            "--artifacts-path", Path.Combine(RunDirectory, "artifacts"),
        ]);

        var missing = Projects.Where(p => !File.Exists(Path.Combine(FeedDirectory, $"{p}.{Version}.nupkg"))).ToList();
        if (!result.Succeeded || missing.Count > 0)
        {
            throw new InvalidOperationException($"Packing Spectra failed (missing: {string.Join(", ", missing)}).\n{result}");
        }
    }
}
