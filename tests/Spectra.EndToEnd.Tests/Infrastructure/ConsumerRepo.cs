using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Spectra.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A throwaway repository as a Spectra user would have it: .git, global.json pinning Spectra.Sdk, nuget.config and
/// a declarations project at build/Pipelines. The C# holds hand-written artifact attributes, so these tests exercise
/// the SDK and its task whatever the generator renders.
/// </summary>
internal sealed class ConsumerRepo : IDisposable
{
    private readonly PackedSpectra _spectra;

    public ConsumerRepo(PackedSpectra spectra, string name, bool centralPackageManagement = false)
    {
        _spectra = spectra;
        Root = Path.Combine(spectra.RunDirectory, "repos", name);
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
        Write("global.json", ConsumerFiles.GlobalJson(spectra.Version));
        Write("nuget.config", ConsumerFiles.NuGetConfig(spectra.FeedDirectory));
        Write(ProjectPath, ConsumerFiles.Project);
        if (centralPackageManagement)
        {
            Write("Directory.Packages.props", ConsumerFiles.CentralPackageManagement);
        }
    }

    public const string ProjectPath = "build/Pipelines/Pipelines.csproj";

    public const string ManifestPath = "build/Pipelines/spectra.manifest";

    public string Root { get; }

    public string Full(string relativePath) => Path.Combine(Root, relativePath);

    public bool Exists(string relativePath) => File.Exists(Full(relativePath));

    public string Read(string relativePath) => File.ReadAllText(Full(relativePath), Encoding.UTF8);

    public byte[] ReadBytes(string relativePath) => File.ReadAllBytes(Full(relativePath));

    public DateTime WriteTime(string relativePath) => File.GetLastWriteTimeUtc(Full(relativePath));

    /// <summary>The stamp write mode's last successful run left in obj/ (docs/sdk.md, "Incremental builds").</summary>
    public string WriteStamp() =>
        Directory.EnumerateFiles(Full("build/Pipelines/obj"), "*.SpectraWrite.stamp", SearchOption.AllDirectories).Single();

    public void Write(string relativePath, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Full(relativePath))!);
        File.WriteAllText(Full(relativePath), content);
    }

    /// <summary>Replaces the project's artifact attributes, as if the generator now rendered these files.</summary>
    public void Declare(params (string Path, string Content)[] artifacts) =>
        Write("build/Pipelines/Artifacts.cs", ConsumerFiles.ArtifactAttributes(artifacts));

    /// <summary>Runs <c>dotnet build</c> on the declarations project.</summary>
    public ProcessResult Build(IEnumerable<string>? arguments = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var variables = new Dictionary<string, string>(environment ?? new Dictionary<string, string>())
        {
            ["NUGET_PACKAGES"] = _spectra.PackagesDirectory,
        };
        return DotNet.Run(Root, ["build", ProjectPath, "-tl:off", "-nologo", .. arguments ?? []], variables);
    }

    /// <summary>Runs <c>dotnet msbuild</c> on the declarations project (restoring first).</summary>
    public ProcessResult MSBuild(IEnumerable<string> arguments) =>
        DotNet.Run(Root, ["msbuild", ProjectPath, "-restore", "-tl:off", "-nologo", .. arguments], new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = _spectra.PackagesDirectory,
        });

    /// <summary>
    /// Runs <c>dotnet msbuild</c> with <c>-getItem</c>, or with more than one <c>-getProperty</c>, which MSBuild answers
    /// with JSON; fails the test unless it succeeds.
    /// </summary>
    public JsonDocument Query(IEnumerable<string> arguments)
    {
        var result = MSBuild(arguments);
        Assert.True(result.Succeeded, result.ToString());
        // The JSON comes after whatever restore printed.
        return JsonDocument.Parse(result.Output[result.Output.IndexOf('{', StringComparison.Ordinal)..]);
    }

    /// <summary>Every file under the repository except build output and .git, for "nothing was written" checks.</summary>
    public IReadOnlyList<string> Files() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith(".git/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
