using System.Collections.Generic;
using System.Threading.Tasks;
using Spectra.Conformance.Tests.Infrastructure;
using Xunit;
using static Spectra.Conformance.Tests.Infrastructure.FindingAssertions;
using static Spectra.Conformance.Tests.Infrastructure.RuleEvidence;

namespace Spectra.Conformance.Tests.Validators;

/// <summary>
/// What GitHub's parser and actionlint say about the YAML that SPX1016-SPX1027 describe (expressions, contexts,
/// conditions): the evidence quoted in docs/diagnostics. Where a tool stays silent, that is pinned too.
/// </summary>
public sealed class ExpressionRuleEvidenceTests
{
    [Fact]
    public async Task Spx1016_NeedsOfAJobNotNeeded_IsReportedByActionlintOnly()
    {
        var findings = await ValidateFixture("spx1016-needs-not-declared.yml");

        AssertHasFinding(findings, Actionlint, "property \"build\" is not defined in object type {}", line: 16);
        Assert.Single(findings);
    }

    [Fact]
    public async Task Spx1017_UndeclaredJobOutput_IsReportedByActionlintOnly()
    {
        var findings = await ValidateFixture("spx1017-unknown-job-output.yml");

        AssertHasFinding(findings, Actionlint, "property \"sha\" is not defined in object type {digest: string}", line: 15);
        Assert.Single(findings);
    }

    [Fact]
    public async Task Spx1018_LaterUnknownAndOwnSteps_AreReportedByActionlintOnly()
    {
        var findings = await ValidateFixture("spx1018-step-output-order.yml");

        AssertHasFinding(findings, Actionlint, "property \"meta\" is not defined in object type {}", line: 7);
        AssertHasFinding(findings, Actionlint, "property \"tags\" is not defined in object type {meta:", line: 12);
        AssertHasFinding(findings, Actionlint, "property \"self\" is not defined in object type {meta:", line: 13);
        Assert.DoesNotContain(findings, f => f.Tool == Parser);
    }

    [Fact]
    public async Task Spx1020_InvalidExpressions_BothToolsReject()
    {
        var findings = await ValidateFixture("spx1020-invalid-expressions.yml");

        AssertHasFinding(findings, Parser, "Unexpected symbol: '\"push\"'", line: 5);
        AssertHasFinding(findings, Parser, "Unexpected symbol: '='", line: 8);
        AssertHasFinding(findings, Parser, "The expression is not closed", line: 9);
        AssertHasFinding(findings, Actionlint, "only single quotes are available for string delimiter", line: 5);
        AssertHasFinding(findings, Actionlint, "got unexpected character ' ' while lexing == operator", line: 8);
        AssertHasFinding(findings, Actionlint, "unexpected EOF while lexing expression", line: 9);
    }

    [Fact]
    public async Task Spx1021_InvalidCalls_BothToolsReject()
    {
        var findings = await ValidateFixture("spx1021-function-calls.yml");

        AssertHasFinding(findings, Parser, "Unrecognized function: 'hashFiles'", line: 7);
        AssertHasFinding(findings, Parser, "Unrecognized function: 'toLower'", line: 9);
        AssertHasFinding(findings, Parser, "Too few parameters supplied: 'contains'", line: 10);
        AssertHasFinding(findings, Parser, "Unrecognized function: 'always'", line: 11);
        AssertHasFinding(findings, Actionlint, "calling function \"hashFiles\" is not allowed here", line: 7);
        AssertHasFinding(findings, Actionlint, "undefined function \"toLower\"", line: 9);
        AssertHasFinding(findings, Actionlint, "takes 2 parameters but 1 arguments are given", line: 10);
        AssertHasFinding(findings, Actionlint, "calling function \"always\" is not allowed here", line: 11);
    }

    [Fact]
    public async Task Spx1022_UnknownContext_BothToolsReject()
    {
        var findings = await ValidateFixture("spx1022-unknown-context.yml");

        AssertHasFinding(findings, Parser, "Unrecognized named-value: 'githb'", line: 5);
        AssertHasFinding(findings, Actionlint, "undefined variable \"githb\"", line: 5);
    }

    [Fact]
    public async Task Spx1023_SecretsInAJobCondition_BothToolsReject()
    {
        var findings = await ValidateFixture("spx1023-context-not-available.yml");

        AssertHasFinding(findings, Parser, "Unrecognized named-value: 'secrets'", line: 5);
        AssertHasFinding(findings, Actionlint, "context \"secrets\" is not allowed here", line: 5);
    }

    [Fact]
    public async Task Spx1024_UnknownMatrixKey_IsReportedByActionlintOnly()
    {
        var findings = await ValidateFixture("spx1024-unknown-matrix-key.yml");

        AssertHasFinding(findings, Actionlint, "property \"dotnet\" is not defined in object type {os: string}", line: 12);
        Assert.Single(findings);
    }

    [Fact]
    public async Task Spx1025_TextAroundTheBraces_IsReportedByActionlintOnly()
    {
        var findings = await ValidateFixture("spx1025-condition-always-true.yml");

        AssertHasFinding(findings, Actionlint, "is always evaluated to true because extra characters are around ${{ }}", line: 5);
        Assert.Single(findings);
    }

    [Fact]
    public async Task Spx1026_ConstantConditions_AreNotFlaggedByEitherTool()
    {
        var findings = await ValidateFixture("spx1026-constant-condition.yml");

        AssertNoFindings(findings, "spx1026-constant-condition.yml");
    }

    [Fact]
    public async Task Spx1027_ComparisonsBetweenTypes_AreNotFlaggedByEitherTool()
    {
        var findings = await ValidateFixture("spx1027-comparison-types.yml");

        AssertNoFindings(findings, "spx1027-comparison-types.yml");
    }
}
