using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Spectra.Conformance.Tests.Infrastructure;
using Xunit;
using static Spectra.Conformance.Tests.Infrastructure.FindingAssertions;
using static Spectra.Conformance.Tests.Infrastructure.RuleEvidence;

namespace Spectra.Conformance.Tests.Validators;

/// <summary>
/// What GitHub's parser and actionlint say about the YAML that SPX1030-SPX1047 describe: the evidence quoted in
/// docs/diagnostics. Where a tool stays silent, that is pinned too, so the pages notice when the tools change.
/// </summary>
public sealed class TriggerAndJobRuleEvidenceTests
{
    [Fact]
    public async Task Spx1030_UnknownActivityTypes_AreRejectedByTheParser()
    {
        var findings = await ValidateFixture("spx1030-activity-types.yml");

        AssertHasFinding(findings, Parser, "Unexpected value 'synchronized'", line: 4);
        AssertHasFinding(findings, Parser, "Unexpected value 'Opened'", line: 6);
        Assert.DoesNotContain(findings, f => f.Tool == Parser && f.Message.Contains("stacked", System.StringComparison.Ordinal));
        AssertHasFinding(findings, Actionlint, "invalid activity type \"synchronized\" for \"pull_request\"", line: 4);
    }

    [Fact]
    public async Task Spx1031_BranchesWithBranchesIgnore_IsReportedByActionlintOnly()
    {
        var findings = await ValidateFixture("spx1031-exclusive-filters.yml");

        AssertHasFinding(findings, Actionlint, "both \"branches\" and \"branches-ignore\" filters cannot be used for the same event", line: 5);
        Assert.DoesNotContain(findings, f => f.Tool == Parser);
    }

    [Fact]
    public async Task Spx1032_BrokenPatterns_AreReportedByActionlint_TheParserOnlyRejectsTheEmptyOne()
    {
        var findings = await ValidateFixture("spx1032-filter-patterns.yml");

        AssertHasFinding(findings, Parser, "Unexpected value ''", line: 4);
        Assert.Single(findings, f => f.Tool == Parser);
        AssertHasFinding(findings, Actionlint, "missing ]", line: 4);
        AssertHasFinding(findings, Actionlint, "character match must not be empty", line: 4);
        AssertHasFinding(findings, Actionlint, "end of range is missing", line: 4);
        AssertHasFinding(findings, Actionlint, "ref name cannot contain spaces", line: 4);
        AssertHasFinding(findings, Actionlint, "ref name must not end with /", line: 4);
        AssertHasFinding(findings, Actionlint, "the preceding character must not be special character", line: 5);
    }

    [Fact]
    public async Task Spx1033_FrequentSchedules_AreReportedByActionlint_ExceptAcrossTheHour()
    {
        var findings = await ValidateFixture("spx1033-schedule-frequency.yml");

        AssertHasFinding(findings, Actionlint, "runs once per 60 seconds", line: 4);
        AssertHasFinding(findings, Actionlint, "runs once per 180 seconds", line: 6);
        Assert.DoesNotContain(findings, f => f.Line == 7);
        Assert.DoesNotContain(findings, f => f.Tool == Parser);
    }

    [Fact]
    public async Task Spx1034_Spx1035_DispatchInputs_ParserRejectsSomeActionlintAll()
    {
        var findings = await ValidateFixture("spx1034-spx1035-dispatch-inputs.yml");

        AssertHasFinding(findings, Parser, "Missing 'options' for choice input", line: 6);
        AssertHasFinding(findings, Parser, "The type 'BooleanToken' was expected", line: 13);
        Assert.DoesNotContain(findings, f => f.Tool == Parser && f.Line is 10 or 16);
        AssertHasFinding(findings, Actionlint, "default value \"prod\" of \"target2\" input is not included in its options", line: 10);
        AssertHasFinding(findings, Actionlint, "cannot be parsed as a float number", line: 16);
    }

    [Fact]
    public async Task Spx1035_CallInputsOfDispatchOnlyTypes_AreRejectedByBothTools()
    {
        var findings = await ValidateFixture("spx1035-call-input-types.yml");

        AssertHasFinding(findings, Parser, "Unexpected value 'choice'", line: 6);
        AssertHasFinding(findings, Parser, "Unexpected value 'environment'", line: 9);
        AssertHasFinding(findings, Parser, "Required property is missing: type", line: 11);
        AssertHasFinding(findings, Actionlint, "invalid value \"environment\" for input type of workflow_call event", line: 9);
    }

    [Fact]
    public async Task Spx1036_TwentySixInputs_ActionlintStillCountsTheOldLimitOfTen()
    {
        var findings = await ValidateFixture("spx1036-too-many-inputs.yml");

        AssertHasFinding(findings, Actionlint, "maximum number of inputs for \"workflow_dispatch\" event is 10 but 26", line: 3);
        Assert.DoesNotContain(findings, f => f.Tool == Parser);
    }

    [Fact]
    public async Task Spx1040_ShellsOfAnotherOs_AreReportedByActionlint()
    {
        var findings = await ValidateFixture("spx1040-shells.yml");

        AssertHasFinding(findings, Actionlint, "shell name \"cmd\" is invalid on macOS or Linux", line: 8);
        AssertHasFinding(findings, Actionlint, "shell name \"sh\" is invalid on Windows", line: 13);
        Assert.DoesNotContain(findings, f => f.Tool == Parser);
    }

    [Fact]
    public async Task Spx1041_OnlyNamesWithSpacesAreReported()
    {
        var findings = await ValidateFixture("spx1041-env-names.yml");

        AssertHasFinding(findings, Actionlint, "environment variable name \"MY VAR\" is invalid", line: 6);
        Assert.Single(findings);
    }

    [Fact]
    public async Task Spx1042_ConcurrencyDeadlock_IsNotFlaggedByEitherTool()
    {
        var findings = await ValidateFixture("spx1042-concurrency-deadlock.yml");

        AssertNoFindings(findings, "spx1042-concurrency-deadlock.yml");
    }

    [Fact]
    public async Task Spx1043_ActionlintKnowsATypoButNotEveryCurrentLabel()
    {
        var findings = await ValidateFixture("spx1043-runner-labels.yml");

        AssertHasFinding(findings, Actionlint, "label \"ubuntu-lastest\" is unknown", line: 5);
        AssertHasFinding(findings, Actionlint, "label \"windows-11-arm\" is unknown", line: 17);
        Assert.DoesNotContain(findings, f => f.Line == 9); // macos-13: retired December 2025, still in actionlint 1.7.7's list
        Assert.DoesNotContain(findings, f => f.Tool == Parser);
    }

    [Fact]
    public async Task Spx1044_To_Spx1046_Matrix_SizeIsNotChecked_DuplicatesAndExcludeKeysAre()
    {
        var findings = await ValidateFixture("spx1044-spx1046-matrix.yml");

        AssertHasFinding(findings, Actionlint, "duplicate value \"8.0.x\" is found in matrix \"dotnet\"", line: 11);
        AssertHasFinding(findings, Actionlint, "\"net\" in \"exclude\" section does not exist in matrix", line: 14);
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public async Task Spx1047_ActionlintChecksRemoteFormsButNotEmptyLocalOrDockerOnes()
    {
        var findings = await ValidateFixture("spx1047-uses.yml");

        AssertHasFinding(findings, Actionlint, "specifying action \"actions/checkout\" in invalid format because ref is missing", line: 7);
        AssertHasFinding(findings, Actionlint, "specifying action \"checkout@v4\" in invalid format because owner is missing", line: 9);
        AssertHasFinding(findings, Actionlint, "reusable workflow call \"./.github/workflows/publish.yml@v2\" at \"uses\" is not following the format", line: 18);
        Assert.DoesNotContain(findings, f => f.Line is 11 or 12 or 16 or 20);
        Assert.DoesNotContain(findings, f => f.Tool == Parser);
    }
}
