using System;
using System.Linq;
using Spectra.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Spectra.EndToEnd.Tests;

/// <summary>
/// Spectra.Sdk leaves out of a declarations project the framework's analyzers that only matter for code that runs:
/// the interop source generators (P/Invoke, COM, JavaScript), which cost a compiler without the server ~0.5 s, and
/// the .NET code analyzers, unless the project asks for code analysis. Its code is evaluated, never run.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class FrameworkAnalyzerTests(PackedSpectra spectra)
{
    private const string Interop = "Microsoft.Interop.";

    private static readonly string[] NetAnalyzers =
    [
        "Microsoft.CodeAnalysis.CSharp.NetAnalyzers",
        "Microsoft.CodeAnalysis.NetAnalyzers",
    ];

    private static readonly string[] FrameworkInteropGenerators =
    [
        "Microsoft.Interop.ComInterfaceGenerator",
        "Microsoft.Interop.JavaScript.JSImportGenerator",
        "Microsoft.Interop.LibraryImportGenerator",
        "Microsoft.Interop.SourceGeneration",
    ];

    private static readonly string Declaration = ConsumerFiles.CiWorkflow("make test");

    // An analyzer of the project's own whose name looks like the framework's: only the targeting pack's are removed.
    private const string ProjectWithOwnAnalyzer = """
        <Project Sdk="Spectra.Sdk">
          <ItemGroup>
            <Analyzer Include="tools/Microsoft.Interop.Custom.dll" />
          </ItemGroup>
        </Project>
        """;

    [Fact]
    public void Compiler_runs_without_the_interop_generators_or_the_NET_analyzers_and_with_the_other_generators()
    {
        using var repo = new ConsumerRepo(spectra, "interop-compile");
        repo.Write("build/Pipelines/Ci.cs", Declaration);

        var build = repo.Build(["-v:d"]);

        Assert.True(build.Succeeded, build.ToString());
        var analyzers = CompilerLog.AnalyzerFileNames(CompilerLog.CommandLine(build));
        Assert.DoesNotContain(analyzers, name => name.StartsWith(Interop, StringComparison.Ordinal));
        Assert.Contains("Spectra.Generators", analyzers);
        Assert.Contains("System.Text.Json.SourceGeneration", analyzers);
        Assert.Contains("System.Text.RegularExpressions.Generator", analyzers);
        Assert.Empty(analyzers.Intersect(NetAnalyzers));
        Assert.Contains("make test", repo.Read(".github/workflows/ci.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Opt_out_keeps_the_interop_generators_and_the_projects_own_analyzer_is_never_removed()
    {
        using var repo = new ConsumerRepo(spectra, "interop-items");
        repo.Write(ConsumerRepo.ProjectPath, ProjectWithOwnAnalyzer);

        var byDefault = AnalyzerItems(repo);
        var optedOut = AnalyzerItems(repo, "-p:SpectraRemoveInteropGenerators=false");

        Assert.Equal(["Microsoft.Interop.Custom"], byDefault.Where(name => name.StartsWith(Interop, StringComparison.Ordinal)));
        Assert.Contains("System.Text.Json.SourceGeneration", byDefault);
        Assert.All(FrameworkInteropGenerators, generator => Assert.Contains(generator, optedOut));
        Assert.Contains("Microsoft.Interop.Custom", optedOut);
    }

    [Theory]
    [InlineData("Directory.Build.props", "EnableNETAnalyzers", "true")]
    [InlineData("Directory.Build.props", "AnalysisLevel", "latest-recommended")]
    [InlineData("Directory.Build.props", "AnalysisMode", "All")]
    // Read after the SDK decides, so only the explicit switch counts there (docs/sdk.md, ".NET analyzers").
    [InlineData("Directory.Build.targets", "EnableNETAnalyzers", "true")]
    public void A_project_that_asks_for_code_analysis_keeps_the_NET_analyzers(string file, string property, string value)
    {
        using var repo = new ConsumerRepo(spectra, $"net-analyzers-{file}-{property}");
        repo.Write(file, $"<Project><PropertyGroup><{property}>{value}</{property}></PropertyGroup></Project>");

        Assert.Equal(NetAnalyzers, AnalyzerItems(repo).Intersect(NetAnalyzers).Order(StringComparer.Ordinal));
    }

    /// <summary>The file names of the Analyzer items once the targeting pack's analyzers are resolved.</summary>
    private static string[] AnalyzerItems(ConsumerRepo repo, params string[] properties)
    {
        using var json = repo.Query(["-t:ResolveTargetingPackAssets", "-getItem:Analyzer", .. properties]);
        return json.RootElement.GetProperty("Items").GetProperty("Analyzer").EnumerateArray()
            .Select(item => item.GetProperty("Filename").GetString()!)
            .ToArray();
    }
}
