using System;
using System.IO;

namespace Spectra.Conformance.Tests.Infrastructure;

/// <summary>Paths in this repository, found from the test assembly's location.</summary>
public static class RepositoryLayout
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The directory holding Spectra.Sdk.sln (or .git).</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>tests/conformance: the node package with the validator scripts.</summary>
    public static string ConformanceDirectory => Path.Combine(Root, "tests", "conformance");

    /// <summary>Hand-written inputs for the validator tests.</summary>
    public static string Fixture(string relativePath) =>
        Path.Combine(Root, "tests", "Spectra.Conformance.Tests", "Fixtures", relativePath);

    /// <summary>Repo-relative path with '/' separators, for readable failure messages.</summary>
    public static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Root, Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }

    // Walks up from bin/<config>/<tfm>/; a .git *file* (worktrees, submodules) counts like a directory.
    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = dir.FullName;
            if (File.Exists(Path.Combine(path, "Spectra.Sdk.sln"))
                || Directory.Exists(Path.Combine(path, ".git"))
                || File.Exists(Path.Combine(path, ".git")))
            {
                return path;
            }
        }

        throw new InvalidOperationException(
            $"No directory holding Spectra.Sdk.sln or .git above {AppContext.BaseDirectory}.");
    }
}
