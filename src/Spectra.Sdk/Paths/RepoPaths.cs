using System;
using System.IO;

namespace Spectra.Sdk.Paths;

/// <summary>Maps validated repository-relative paths to full paths, refusing any that would land outside.</summary>
internal sealed class RepoPaths
{
    private readonly string _rootWithSeparator;

    public RepoPaths(string repoRoot)
    {
        Root = Path.GetFullPath(repoRoot).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        _rootWithSeparator = Root + Path.DirectorySeparatorChar;
    }

    /// <summary>The repository root, absolute, without a trailing separator.</summary>
    public string Root { get; }

    /// <summary>
    /// The full path of <paramref name="relativePath"/>. Throws if it is outside the root: the validator should
    /// already have rejected it, so this is a second lock on the same door.
    /// </summary>
    public string ToFull(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        if (!full.StartsWith(_rootWithSeparator, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{relativePath}' resolves outside the repository root '{Root}'.");
        }

        return full;
    }
}
