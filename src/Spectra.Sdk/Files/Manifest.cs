using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Spectra.Sdk.Files;

/// <summary>
/// The committed list of files a project generated. It is how the task knows which files it may delete when a
/// declaration goes away, and that a file without a header is still its own.
/// </summary>
internal static class Manifest
{
    private const string Header =
        "# Spectra manifest: the files this project generates, relative to the repository root.\n" +
        "# Written by `dotnet build`; commit it. A listed file that is no longer generated is deleted on the next build.\n";

    /// <summary>The listed paths, or an empty list if the manifest does not exist.</summary>
    public static IReadOnlyList<string> ReadEntries(string manifestFile) =>
        File.Exists(manifestFile) ? Parse(File.ReadAllText(manifestFile, Encoding.UTF8)) : [];

    /// <summary>Paths from manifest text: one a line; blank lines and <c>#</c> comments are ignored.</summary>
    public static IReadOnlyList<string> Parse(string text) =>
        text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();

    /// <summary>The manifest text for <paramref name="paths"/>: sorted ordinally so it is stable on every machine.</summary>
    public static string Render(IEnumerable<string> paths)
    {
        var builder = new StringBuilder(Header);
        foreach (var path in paths.Distinct(StringComparer.Ordinal).OrderBy(path => path, StringComparer.Ordinal))
        {
            builder.Append(path).Append('\n');
        }

        return builder.ToString();
    }
}
