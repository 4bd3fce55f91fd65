using System.Linq;
using DiffPlex;
using DiffPlex.Renderer;

namespace Spectra.Sdk.Sync;

/// <summary>A unified diff short enough for a build log: the start of the drift is what a reader needs.</summary>
internal static class ShortDiff
{
    public const int MaxLines = 20;

    private static readonly UnidiffRenderer Renderer = new(new Differ(), contextLines: 2);

    /// <summary>The diff from the file on disk to the generated text, cut to <see cref="MaxLines"/> lines.</summary>
    public static string Between(string path, string onDisk, string generated)
    {
        var lines = Renderer.Generate(onDisk, generated, $"a/{path} (on disk)", $"b/{path} (generated)")
            .Split('\n')
            .Where(line => line.Length > 0)
            .ToList();
        if (!lines.Exists(line => line.StartsWith("@@", System.StringComparison.Ordinal)))
        {
            return "(same text: only line endings, a byte order mark or the encoding differ)";
        }

        if (lines.Count <= MaxLines)
        {
            return string.Join('\n', lines);
        }

        return string.Join('\n', lines.Take(MaxLines)) + $"\n... ({lines.Count - MaxLines} more diff lines)";
    }
}
