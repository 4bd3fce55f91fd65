using System;
using System.IO;

namespace Spectra.Sdk.Tests.Infrastructure;

/// <summary>Locates this repository's source from the test binaries, for tests that check docs and SDK files.</summary>
internal static class SourceTree
{
    public static string Root { get; } = FindRoot();

    public static string Combine(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Spectra.Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Spectra.Sdk.sln above {AppContext.BaseDirectory}.");
    }
}
