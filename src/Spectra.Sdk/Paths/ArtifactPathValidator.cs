using System;

namespace Spectra.Sdk.Paths;

/// <summary>
/// Checks that a generated path is a plain, canonical, repository-relative path before anything touches the disk.
/// Canonical matters too: <c>a/./b</c> and <c>a//b</c> would defeat the duplicate and stale-file checks.
/// </summary>
internal static class ArtifactPathValidator
{
    /// <summary>Returns why <paramref name="path"/> is rejected, or null if it is acceptable.</summary>
    public static string? Check(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "the path is empty";
        }

        if (path.Contains('\\', StringComparison.Ordinal))
        {
            return "it contains a backslash; use '/'";
        }

        if (path.StartsWith('/') || path.Contains(':', StringComparison.Ordinal))
        {
            // ':' covers drive letters (C:/x) and Windows alternate data streams (ci.yml:secret).
            return "it is absolute";
        }

        foreach (var character in path)
        {
            if (char.IsControl(character))
            {
                return "it contains a control character";
            }
        }

        return CheckSegments(path);
    }

    // Walks the segments without splitting: the task checks every path of the state, the plan and the manifest on
    // each build (~16,000 at 200 services), and their garbage was a collection in MSBuild's large heap.
    private static string? CheckSegments(string path)
    {
        var rest = path.AsSpan();
        var first = true;
        while (true)
        {
            var end = rest.IndexOf('/');
            var segment = end < 0 ? rest : rest[..end];
            if (first && segment.Equals(".git", StringComparison.OrdinalIgnoreCase))
            {
                return "it is inside .git";
            }

            if (CheckSegment(segment) is { } reason)
            {
                return reason;
            }

            if (end < 0)
            {
                return null;
            }

            rest = rest[(end + 1)..];
            first = false;
        }
    }

    private static string? CheckSegment(ReadOnlySpan<char> segment) => segment switch
    {
        "" => "it has an empty segment (a leading, trailing or doubled '/')",
        ".." => "it uses '..', which could leave the repository",
        "." => "it has a '.' segment",
        _ => null,
    };
}
