using System;
using System.IO;

namespace Spectra.EndToEnd.Tests.Infrastructure;

/// <summary>Locates this repository's source from the test binaries, so the suite packs what is checked out.</summary>
internal static class SourceTree
{
    public static string Root { get; } = FindRoot();

    public static string Project(string name) => Path.Combine(Root, "src", name, name + ".csproj");

    /// <summary>The "sdk" section of the repository's global.json, copied into every test repository.</summary>
    public static string SdkSection()
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "global.json")));
        return json.RootElement.GetProperty("sdk").GetRawText();
    }

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
