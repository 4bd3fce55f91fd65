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

        return CheckSegments(path.Split('/'));
    }

    private static string? CheckSegments(string[] segments)
    {
        if (string.Equals(segments[0], ".git", StringComparison.OrdinalIgnoreCase))
        {
            return "it is inside .git";
        }

        foreach (var segment in segments)
        {
            switch (segment)
            {
                case "":
                    return "it has an empty segment (a leading, trailing or doubled '/')";
                case "..":
                    return "it uses '..', which could leave the repository";
                case ".":
                    return "it has a '.' segment";
            }
        }

        return null;
    }
}
