using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Spectra.Generators;
using Spectra.Generators.Emit;

namespace Spectra.Benchmarks;

/// <summary>
/// The embedded payloads of the synthetic org at each deflate level: total file text, total payload (base64) and
/// the time to encode every declaration once (median of a few rounds, after one JIT round). It chose
/// <see cref="ArtifactPayload.Level"/>.
/// </summary>
internal static class PayloadReport
{
    public static void Print(int services, int rounds)
    {
        var driver = OrgCompilation.CreateDriver(trackSteps: true).RunGenerators(OrgCompilation.Create(services));
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        var groups = new[] { TrackingNames.Artifacts, TrackingNames.ServiceArtifacts, TrackingNames.RootArtifacts }
            .SelectMany(name => steps.TryGetValue(name, out var s) ? s : [])
            .SelectMany(s => s.Outputs)
            .Select(o => ((ArtifactGroup)o.Value).Artifacts)
            .Where(files => !files.IsEmpty)
            .ToList();
        var text = groups.Sum(files => files.Sum(f => (long)f.Path.Length + f.Content.Length));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{groups.Count} declarations, {groups.Sum(g => g.Count)} files, {text / 1024} K chars of path and content"));
        foreach (var level in new[] { CompressionLevel.NoCompression, CompressionLevel.Fastest, CompressionLevel.Optimal, CompressionLevel.SmallestSize })
        {
            var times = new List<double>();
            long size = 0;
            for (var round = 0; round <= rounds; round++)
            {
                var stopwatch = Stopwatch.StartNew();
                size = groups.Sum(files => (long)ArtifactPayload.Encode(files, level).Length);
                if (round > 0)
                {
                    times.Add(stopwatch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{level,-14} payload {size / 1024,6} K chars ({100.0 * size / text,5:F1}%)  encode all {times[times.Count / 2],7:F1} ms (min {times[0]:F1}, max {times[^1]:F1})"));
        }
    }
}
