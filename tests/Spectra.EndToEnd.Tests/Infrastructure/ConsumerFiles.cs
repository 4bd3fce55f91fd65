using System.Linq;

namespace Spectra.EndToEnd.Tests.Infrastructure;

/// <summary>The files of a consumer repository, as text.</summary>
internal static class ConsumerFiles
{
    public const string Project = """
        <Project Sdk="Spectra.Sdk">
        </Project>
        """;

    // Central package management with no PackageVersion for Spectra: the SDK's implicit references must still restore.
    public const string CentralPackageManagement = """
        <Project>
          <PropertyGroup>
            <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
          </PropertyGroup>
        </Project>
        """;

    public static string GlobalJson(string spectraVersion) => $$"""
        {
          "sdk": {{SourceTree.SdkSection()}},
          "msbuild-sdks": { "Spectra.Sdk": "{{spectraVersion}}" }
        }
        """;

    // The NuGet SDK resolver reads only nuget.config. Source mapping sends Spectra.* to the local feed alone, so a
    // package of the same name on nuget.org can never be picked up instead.
    public static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="spectra-e2e" value="{feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="spectra-e2e"><package pattern="Spectra.*" /></packageSource>
            <packageSource key="nuget.org"><package pattern="*" /></packageSource>
          </packageSourceMapping>
        </configuration>
        """;

    public static string ArtifactAttributes((string Path, string Content)[] artifacts) =>
        Spectra.Sdk.Tests.Infrastructure.TestPayload.Attribute("Samples.Declarations", artifacts)
        + $"[assembly: Spectra.Generation.SpectraGenerated(\"e2e\", {artifacts.Length})]\n";

    /// <summary>
    /// The smallest real declaration: workflow "ci", one job running <paramref name="command"/>. No `using Spectra;`:
    /// the SDK's implicit global using provides it.
    /// </summary>
    public static string CiWorkflow(string command) => $$"""
        namespace Contoso.Pipelines;

        [Workflow("ci")]
        public static class Ci
        {
            public static Triggers On => new() { Push = new() { Branches = ["main"] } };

            public static Job Test => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("{{command}}")] };
        }
        """;
}
