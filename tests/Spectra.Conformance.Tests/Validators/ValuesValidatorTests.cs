using System.Collections.Generic;
using System.Threading.Tasks;
using Spectra.Conformance.Tests.Infrastructure;
using Xunit;
using static Spectra.Conformance.Tests.Infrastructure.FindingAssertions;

namespace Spectra.Conformance.Tests.Validators;

/// <summary>Proves validate-values.mjs merges like `helm -f` and reports schema violations where they were written.</summary>
public sealed class ValuesValidatorTests
{
    private const string Tool = "ajv";

    [Fact]
    public async Task ValidOverridesMergedOverDefaults_HaveNoFindings()
    {
        AssertNoFindings(await ValidateOverDefaults("values-valid.yaml"), "values-valid.yaml");
    }

    [Fact]
    public async Task WrongTypeEnumAndUnknownKey_AreEachReportedInTheOverridingFile()
    {
        var findings = await ValidateOverDefaults("values-invalid.yaml");

        AssertHasFinding(findings, Tool, "/replicaCount: must be integer", line: 2);
        AssertHasFinding(findings, Tool, "/image/pullPolicy: must be equal to one of the allowed values", line: 4);
        AssertHasFinding(findings, Tool, "unknown property \"replicas\"", line: 5);
        Assert.All(findings, f => Assert.EndsWith("values-invalid.yaml", f.File, System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task NullOverride_DeletesTheDefault_LikeHelm()
    {
        var findings = await ValidateOverDefaults("values-unset-required.yaml");

        var finding = AssertHasFinding(findings, Tool, "must have required property 'tag'", line: 3);
        Assert.Equal("required", finding.Kind);
    }

    [Fact]
    public async Task DefaultsAlone_AreValid()
    {
        var findings = await ConformanceValidators.ValidateValuesAsync(Fixture("values.schema.json"), [Fixture("values.yaml")]);

        AssertNoFindings(findings, "values.yaml");
    }

    private static Task<IReadOnlyList<Finding>> ValidateOverDefaults(string overrides) =>
        ConformanceValidators.ValidateValuesAsync(Fixture("values.schema.json"), [Fixture("values.yaml"), Fixture(overrides)]);

    private static string Fixture(string name) => RepositoryLayout.Fixture($"Values/{name}");
}
