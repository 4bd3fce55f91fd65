using System.Threading.Tasks;
using Spectra.Conformance.Tests.Infrastructure;
using Xunit;
using static Spectra.Conformance.Tests.Infrastructure.FindingAssertions;

namespace Spectra.Conformance.Tests.Validators;

/// <summary>Proves validate-workflows.mjs catches real mistakes with both tools, and passes a correct workflow.</summary>
public sealed class WorkflowValidatorTests
{
    private const string Parser = "workflow-parser";
    private const string Actionlint = "actionlint";

    [Fact]
    public async Task RealisticCiWorkflow_HasNoFindingsFromEitherTool()
    {
        var findings = await ValidateFixture("valid-ci.yml");

        AssertNoFindings(findings, "valid-ci.yml");
    }

    [Fact]
    public async Task UnknownJobKey_IsReportedByBothTools()
    {
        var findings = await ValidateFixture("unknown-key.yml");

        AssertHasFinding(findings, Parser, "Unexpected value 'runs-onn'", line: 5);
        AssertHasFinding(findings, Actionlint, "unexpected key \"runs-onn\" for \"job\" section", line: 5);
    }

    [Fact]
    public async Task UnparsableExpression_IsReportedByBothTools()
    {
        var findings = await ValidateFixture("invalid-expression.yml");

        AssertHasFinding(findings, Parser, "Unexpected end of expression", line: 7);
        Assert.Equal("expression", AssertHasFinding(findings, Actionlint, "unexpected end of input", line: 7).Kind);
    }

    [Fact]
    public async Task TextWhereNumberExpected_IsReportedByBothTools()
    {
        var findings = await ValidateFixture("wrong-type.yml");

        AssertHasFinding(findings, Parser, "Unexpected value 'thirty'", line: 6);
        AssertHasFinding(findings, Actionlint, "float number literal", line: 6);
    }

    [Fact]
    public async Task NeedsOnUnknownJob_IsReportedByBothTools()
    {
        var findings = await ValidateFixture("needs-unknown-job.yml");

        Assert.Equal("job-needs", AssertHasFinding(findings, Actionlint, "needs job \"biuld\" which does not exist").Kind);
        AssertHasFinding(findings, Parser, "depends on unknown job 'biuld'", line: 9);
    }

    [Fact]
    public async Task Yaml11BooleanWords_AreNotBooleansForGitHub()
    {
        var findings = await ValidateFixture("yaml11-boolean.yml");

        AssertHasFinding(findings, Parser, "Unexpected value 'yes'", line: 7);
        AssertHasFinding(findings, Parser, "Unexpected value 'off'", line: 10);
        AssertHasFinding(findings, Actionlint, "boolean literal \"true\" or \"false\"", line: 7);
        AssertHasFinding(findings, Actionlint, "boolean literal \"true\" or \"false\"", line: 10);
    }

    [Fact]
    public async Task SeveralFiles_AreValidatedInOneRunWithFindingsAttributedPerFile()
    {
        var valid = RepositoryLayout.Fixture("Workflows/valid-ci.yml");
        var invalid = RepositoryLayout.Fixture("Workflows/unknown-key.yml");

        var findings = await ConformanceValidators.ValidateWorkflowsAsync([valid, invalid]);

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(invalid, f.File));
    }

    private static Task<System.Collections.Generic.IReadOnlyList<Finding>> ValidateFixture(string name) =>
        ConformanceValidators.ValidateWorkflowsAsync([RepositoryLayout.Fixture($"Workflows/{name}")]);
}
