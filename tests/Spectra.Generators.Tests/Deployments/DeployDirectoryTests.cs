using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Spectra.Generators.Deployments.Rendering;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Deployments;

/// <summary>$(SpectraDeployDirectory) moves every deployment file, including the paths Argo CD reads.</summary>
public sealed class DeployDirectoryTests
{
    [Fact]
    public void Configured_directory_moves_manifests_charts_and_argo_paths()
    {
        var outcome = Run("ops/k8s");

        var paths = outcome.DeploymentArtifacts().Select(a => a.Path).ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.StartsWith("ops/k8s/", path, StringComparison.Ordinal));
        Assert.Contains("ops/k8s/svc-001/prd/manifests.yaml", paths);
        var application = outcome.DeploymentArtifacts().First(a => a.Path.StartsWith("ops/k8s/argocd/prd/", StringComparison.Ordinal));
        Assert.Contains("path: ops/k8s/charts/svc-001", application.Content, StringComparison.Ordinal);
        Assert.Contains("- ../../releases/svc-001/prd.yaml\n", application.Content, StringComparison.Ordinal); // ops/k8s/releases, from the chart
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Id == "SPX3004");
    }

    [Theory]
    [InlineData("/etc/k8s", "relative to the repository root")]
    [InlineData("../outside", "'..' segments")]
    [InlineData("ops\\k8s", "use '/'")]
    public void Unsafe_directory_is_SPX3004_and_files_keep_the_default(string directory, string problem)
    {
        var outcome = Run(directory);

        var diagnostic = Assert.Single(outcome.Diagnostics, d => d.Id == "SPX3004");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(problem, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.All(outcome.DeploymentArtifacts(), a => Assert.StartsWith("deploy/", a.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Unset_directory_is_deploy() =>
        Assert.Equal("deploy", DeploymentLayout.From(new Options(null)).Root);

    private static GeneratorOutcome Run(string directory)
    {
        var compilation = GeneratorHarness.Compile(DeploymentSources.Environments, DeploymentSources.StandardService);
        var driver = CSharpGeneratorDriver.Create(
            [new SpectraGenerator().AsSourceGenerator()],
            GeneratorHarness.DefaultFiles,
            GeneratorHarness.ParseOptions,
            new OptionsProvider(new Options(directory)),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var run = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorOutcome(run, compilation, output, diagnostics);
    }

    private sealed class OptionsProvider(AnalyzerConfigOptions global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(null);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(null);
    }

    private sealed class Options(string? directory) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            value = directory ?? "";
            return key == DeploymentLayout.Property && directory is not null;
        }
    }
}
