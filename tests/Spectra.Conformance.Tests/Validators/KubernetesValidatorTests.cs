using System.Collections.Generic;
using System.Threading.Tasks;
using Spectra.Conformance.Tests.Infrastructure;
using Xunit;
using static Spectra.Conformance.Tests.Infrastructure.FindingAssertions;

namespace Spectra.Conformance.Tests.Validators;

/// <summary>Proves validate-k8s.mjs catches schema violations and unknown fields, and passes correct objects.</summary>
public sealed class KubernetesValidatorTests
{
    private const string Tool = "kubernetes-models";

    [Fact]
    public async Task TypicalDeployment_HasNoFindings()
    {
        AssertNoFindings(await ValidateFixture("valid-deployment.yaml"), "valid-deployment.yaml");
    }

    [Fact]
    public async Task AppStackOfManyKinds_HasNoFindings_SoTheUnknownFieldCheckHasNoFalsePositives()
    {
        AssertNoFindings(await ValidateFixture("valid-app-stack.yaml"), "valid-app-stack.yaml");
    }

    [Fact]
    public async Task StringWhereIntegerExpected_IsATypeFinding()
    {
        var finding = AssertHasFinding(await ValidateFixture("deployment-wrong-type.yaml"), Tool, "/spec/replicas: must be integer", line: 7);

        Assert.Equal("type", finding.Kind);
    }

    [Fact]
    public async Task MisspelledContainerField_IsAnUnknownFieldFindingAtTheKey()
    {
        var finding = AssertHasFinding(await ValidateFixture("deployment-unknown-field.yaml"), Tool, "unknown field \"imagePullPolcy\"", line: 16);

        Assert.Equal("unknown-field", finding.Kind);
        Assert.Equal(11, finding.Column);
    }

    [Fact]
    public async Task UnquotedYesInEnvValue_IsABooleanUnderYaml11_SoATypeFinding()
    {
        AssertHasFinding(await ValidateFixture("deployment-yaml11-boolean.yaml"), Tool, "/env/0/value: must be string", line: 18);
    }

    [Fact]
    public async Task KindWithoutSchema_IsReportedAndKnownKindsInTheSameFilePass()
    {
        var findings = await ValidateFixture("unknown-kind.yaml");

        var finding = Assert.Single(findings);
        Assert.Equal("unknown-kind", finding.Kind);
        Assert.Contains("example.com/v1/Widget", finding.Message, System.StringComparison.Ordinal);
        Assert.Equal(10, finding.Line);
    }

    private static Task<IReadOnlyList<Finding>> ValidateFixture(string name) =>
        ConformanceValidators.ValidateManifestsAsync([RepositoryLayout.Fixture($"Kubernetes/{name}")]);
}
