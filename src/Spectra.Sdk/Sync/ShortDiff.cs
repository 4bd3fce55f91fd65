using System.Linq;
using DiffPlex;
using DiffPlex.Renderer;
using Spectra.Sdk.Files;

namespace Spectra.Sdk.Sync;

/// <summary>A unified diff short enough for a build log: the start of the drift is what a reader needs.</summary>
internal static class ShortDiff
{
    public const int MaxLines = 20;

    private static readonly UnidiffRenderer Renderer = new(new Differ(), contextLines: 2);

    /// <summary>The diff from the file on disk to the generated text, cut to <see cref="MaxLines"/> lines.</summary>
    public static string Between(string path, string onDisk, string generated)
    {
        // Compared as normalised text, so a file checked out with CRLF shows what really differs.
        var before = GeneratedText.Normalize(onDisk);
        var after = GeneratedText.Normalize(generated);
        if (before == after)
        {
            return "(same text: only line endings or a byte order mark differ)";
        }

        var lines = Renderer.Generate(WithoutFinalNewline(before), WithoutFinalNewline(after), $"a/{path} (on disk)", $"b/{path} (generated)")
            .Split('\n')
            .Where(line => line.Length > 0)
            .ToList();
        if (lines.Count <= MaxLines)
        {
            return string.Join('\n', lines);
        }

        return string.Join('\n', lines.Take(MaxLines)) + $"\n... ({lines.Count - MaxLines} more diff lines)";
    }

    // The line splitter reads a final "\n" as one more, empty line, which would show as a blank context line.
    private static string WithoutFinalNewline(string text) => text.EndsWith('\n') ? text[..^1] : text;
}
