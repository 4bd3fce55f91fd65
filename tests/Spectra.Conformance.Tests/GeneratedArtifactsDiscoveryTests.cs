using System;
using System.IO;
using System.Linq;
using Spectra.Conformance.Tests.Infrastructure;
using Xunit;

namespace Spectra.Conformance.Tests;

/// <summary>
/// The gate is only as good as its discovery: these tests pin which files count as generated workflows,
/// manifests and values, on a throwaway repository tree.
/// </summary>
public sealed class GeneratedArtifactsDiscoveryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"spectra-discovery-{Guid.NewGuid():N}");

    public GeneratedArtifactsDiscoveryTests()
    {
        foreach (var file in new[]
        {
            "samples/shop/.github/workflows/ci.yml",
            "samples/shop/.github/workflows/deploy.yaml",
            "samples/shop/.github/dependabot.yml",
            "samples/shop/deploy/k8s/web.yaml",
            "samples/shop/deploy/kustomization.yaml",
            "samples/shop/deploy/chart/Chart.yaml",
            "samples/shop/deploy/chart/templates/deployment.yaml",
            "samples/shop/deploy/chart/values.yaml",
            "samples/shop/deploy/chart/values-prod.yaml",
            "samples/shop/deploy/chart/values.schema.json",
            "samples/shop/bin/Debug/.github/workflows/copy.yml",
            "samples/other/values-dev.yaml",
            "samples/api/deploy/charts/api/values.yaml",
            "samples/api/deploy/charts/api/values-prd.yaml",
            "samples/api/deploy/charts/api/values.schema.json",
            "samples/api/deploy/releases/api/prd.yaml",
            "tests/Spectra.Generators.Tests/Snapshots/Ci.approved.yml",
            "tests/Spectra.Generators.Tests/Snapshots/Web.approved.k8s.yaml",
            "tests/Spectra.Generators.Tests/Snapshots/Ci.received.yml",
        })
        {
            var path = Path.Combine(_root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "");
        }
    }

    [Fact]
    public void Workflows_AreSampleWorkflowFolderFilesAndApprovedYmlSnapshots_NotBuildOutputs()
    {
        Assert.Equal(
            ["samples/shop/.github/workflows/ci.yml", "samples/shop/.github/workflows/deploy.yaml", "tests/Spectra.Generators.Tests/Snapshots/Ci.approved.yml"],
            Relative(GeneratedArtifacts.Workflows(_root)));
    }

    [Fact]
    public void Manifests_AreDeployYamlAndApprovedK8sSnapshots_NotHelmChartsOrKustomizeConfig()
    {
        Assert.Equal(
            ["samples/shop/deploy/k8s/web.yaml", "tests/Spectra.Generators.Tests/Snapshots/Web.approved.k8s.yaml"],
            Relative(GeneratedArtifacts.Manifests(_root)));
    }

    [Fact]
    public void ValuesFiles_AreCheckedAloneAndOverChartDefaults_AndAMissingSchemaIsVisible()
    {
        var checks = GeneratedArtifacts.ValuesFiles(_root).ToDictionary(c => Relative(c.ValuesFile));

        Assert.Equal(
            ["samples/api/deploy/charts/api/values-prd.yaml", "samples/api/deploy/charts/api/values.yaml", "samples/api/deploy/releases/api/prd.yaml",
             "samples/other/values-dev.yaml", "samples/shop/deploy/chart/values-prod.yaml", "samples/shop/deploy/chart/values.yaml"],
            checks.Keys.Order(StringComparer.Ordinal));
        Assert.Null(checks["samples/other/values-dev.yaml"].SchemaFile);
        Assert.Equal(
            ["samples/shop/deploy/chart/values.yaml", "samples/shop/deploy/chart/values-prod.yaml"],
            checks["samples/shop/deploy/chart/values-prod.yaml"].FilesInMergeOrder.Select(Relative));
        Assert.Equal(["samples/shop/deploy/chart/values.yaml"], checks["samples/shop/deploy/chart/values.yaml"].FilesInMergeOrder.Select(Relative));
    }

    [Fact]
    public void ReleaseFiles_AreCheckedLastOverTheirChartsValuesAsArgoCdMergesThem_AndAreNotManifests()
    {
        var check = GeneratedArtifacts.ValuesFiles(_root).Single(c => Relative(c.ValuesFile) == "samples/api/deploy/releases/api/prd.yaml");

        Assert.Equal("samples/api/deploy/charts/api/values.schema.json", Relative(check.SchemaFile!));
        Assert.Equal(
            ["samples/api/deploy/charts/api/values.yaml", "samples/api/deploy/charts/api/values-prd.yaml", "samples/api/deploy/releases/api/prd.yaml"],
            check.FilesInMergeOrder.Select(Relative));
        Assert.DoesNotContain("samples/api/deploy/releases/api/prd.yaml", Relative(GeneratedArtifacts.Manifests(_root)));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string[] Relative(System.Collections.Generic.IEnumerable<string> files) => files.Select(Relative).ToArray();

    private string Relative(string file) => Path.GetRelativePath(_root, file).Replace('\\', '/');
}
