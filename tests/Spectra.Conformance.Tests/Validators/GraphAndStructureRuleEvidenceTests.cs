using System.Collections.Generic;
using System.Threading.Tasks;
using Spectra.Conformance.Tests.Infrastructure;
using Xunit;
using static Spectra.Conformance.Tests.Infrastructure.FindingAssertions;
using static Spectra.Conformance.Tests.Infrastructure.RuleEvidence;

namespace Spectra.Conformance.Tests.Validators;

/// <summary>
/// What GitHub's parser and actionlint say about the YAML that SPX1001-SPX1015 describe (job graph, ids, cron,
/// workflow structure): the evidence quoted in docs/diagnostics. Where a tool stays silent, that is pinned too.
/// </summary>
public sealed class GraphAndStructureRuleEvidenceTests
{
    [Fact]
    public async Task Spx1001_CycleThroughEveryJob_LeavesNoRoot_BothToolsReject()
    {
        var findings = await ValidateFixture("spx1001-needs-cycle.yml");

        AssertHasFinding(findings, Parser, "The workflow must contain at least one job with no dependencies.", line: 6);
        AssertHasFinding(findings, Actionlint, "cyclic dependencies in \"needs\" job configurations are detected", line: 6);
    }

    [Fact]
    public async Task Spx1001_CycleBelowARoot_BothToolsReject()
    {
        var findings = await ValidateFixture("spx1001-needs-cycle-below-root.yml");

        AssertHasFinding(findings, Parser, "Job 'build' depends on job 'test' which creates a cycle in the dependency graph.", line: 9);
        AssertHasFinding(findings, Parser, "Job 'test' depends on job 'build' which creates a cycle in the dependency graph.", line: 14);
        AssertHasFinding(findings, Actionlint, "detected cycle is \"build\" -> \"test\" -> \"build\"", line: 8);
    }

    [Fact]
    public async Task Spx1002_JobNeedingItself_BothToolsReject()
    {
        var findings = await ValidateFixture("spx1002-needs-itself.yml");

        AssertHasFinding(findings, Parser, "Job 'test' depends on job 'test' which creates a cycle in the dependency graph.", line: 9);
        AssertHasFinding(findings, Actionlint, "detected cycle is \"test\" -> \"test\"", line: 8);
    }

    [Fact]
    public async Task Spx1003_NeedsOfAJobNotInTheFile_BothToolsReject()
    {
        var findings = await ValidateFixture("spx1003-needs-unknown-job.yml");

        AssertHasFinding(findings, Parser, "Job 'deploy' depends on unknown job 'build'.", line: 9);
        AssertHasFinding(findings, Actionlint, "job \"deploy\" needs job \"build\" which does not exist in this workflow", line: 8);
    }

    [Fact]
    public async Task Spx1004_JobIdsDifferingInCase_BothToolsReject()
    {
        var findings = await ValidateFixture("spx1004-duplicate-job-id.yml");

        AssertHasFinding(findings, Parser, "'BUILD' is already defined", line: 8);
        AssertHasFinding(findings, Actionlint, "key \"BUILD\" is duplicated in \"jobs\" section", line: 8);
        AssertHasFinding(findings, Actionlint, "note that this key is case insensitive", line: 8);
    }

    [Fact]
    public async Task Spx1005_InvalidJobId_BothToolsReject()
    {
        var findings = await ValidateFixture("spx1005-invalid-job-id.yml");

        AssertHasFinding(findings, Parser, "The identifier '1st build' is invalid.", line: 4);
        AssertHasFinding(findings, Actionlint, "invalid job ID \"1st build\"", line: 4);
    }

    [Fact]
    public async Task Spx1006_IdenticalStepIds_BothReject_IdsDifferingInCase_OnlyActionlint()
    {
        var findings = await ValidateFixture("spx1006-duplicate-step-id.yml");

        AssertHasFinding(findings, Parser, "The identifier 'push' may not be used more than once within the same scope.", line: 10);
        Assert.Single(findings, f => f.Tool == Parser);
        AssertHasFinding(findings, Actionlint, "step ID \"push\" duplicates", line: 10);
        AssertHasFinding(findings, Actionlint, "step ID \"Push\" duplicates", line: 20);
        AssertHasFinding(findings, Actionlint, "note that step ID is case insensitive", line: 20);
    }

    [Fact]
    public async Task Spx1007_InvalidStepId_BothToolsReject()
    {
        var findings = await ValidateFixture("spx1007-invalid-step-id.yml");

        AssertHasFinding(findings, Parser, "The identifier 'compute version' is invalid.", line: 8);
        AssertHasFinding(findings, Actionlint, "invalid step ID \"compute version\"", line: 8);
    }

    [Fact]
    public async Task Spx1008_EveryCaseOfThePage_ParserRejectsAll_ActionlintAllButTheQuestionMark()
    {
        var findings = await ValidateFixture("spx1008-invalid-cron.yml");

        for (var line = 4; line <= 14; line++)
        {
            AssertHasFinding(findings, Parser, "Invalid cron expression. Expected format: '* * * * *'", line);
        }

        AssertHasFinding(findings, Actionlint, "beginning of range (22) beyond end of range (6)", line: 4);
        AssertHasFinding(findings, Actionlint, "expected exactly 5 fields, found 4", line: 5);
        AssertHasFinding(findings, Actionlint, "parser does not accept descriptors: @daily", line: 6);
        AssertHasFinding(findings, Actionlint, "end of range (61) above maximum (59)", line: 7);
        AssertHasFinding(findings, Actionlint, "end of range (24) above maximum (23)", line: 8);
        Assert.DoesNotContain(findings, f => f.Tool == Actionlint && f.Line == 9); // "0 0 ? * *": actionlint's cron parser takes '?' for '*'
        AssertHasFinding(findings, Actionlint, "end of range (13) above maximum (12)", line: 10);
        AssertHasFinding(findings, Actionlint, "failed to parse int from FUNDAY", line: 11);
        AssertHasFinding(findings, Actionlint, "end of range (7) above maximum (6)", line: 12);
        AssertHasFinding(findings, Actionlint, "beginning of range (20) beyond end of range (8)", line: 13);
        AssertHasFinding(findings, Actionlint, "step of range should be a positive number", line: 14);
    }

    [Fact]
    public async Task Spx1009_AFileNameWithSpaces_IsNotCheckedByEitherTool()
    {
        var findings = await ValidateFixture("spx1009 nightly build.yml");

        AssertNoFindings(findings, "spx1009 nightly build.yml");
    }

    [Fact]
    public async Task Spx1010_NoOnSection_BothToolsReject()
    {
        var findings = await ValidateFixture("spx1010-no-triggers.yml");

        AssertHasFinding(findings, Parser, "Required property is missing: on", line: 2);
        AssertHasFinding(findings, Actionlint, "\"on\" section is missing in workflow", line: 2);
    }

    [Fact]
    public async Task Spx1011_NoJobsSection_BothToolsReject()
    {
        var findings = await ValidateFixture("spx1011-no-jobs.yml");

        AssertHasFinding(findings, Parser, "Required property is missing: jobs", line: 2);
        AssertHasFinding(findings, Actionlint, "\"jobs\" section is missing in workflow", line: 2);
    }

    [Fact]
    public async Task Spx1011_EmptyJobsSection_BothToolsReject()
    {
        var findings = await ValidateFixture("spx1011-empty-jobs.yml");

        AssertHasFinding(findings, Parser, "The workflow must contain at least one job with no dependencies.", line: 3);
        AssertHasFinding(findings, Actionlint, "\"jobs\" section should not be empty", line: 3);
    }

    [Fact]
    public async Task Spx1012_EmptySteps_AreReportedByActionlintOnly()
    {
        var findings = await ValidateFixture("spx1012-no-steps.yml");

        AssertHasFinding(findings, Actionlint, "\"steps\" section should not be empty", line: 12);
        AssertHasFinding(findings, Actionlint, "\"steps\" section is missing in job \"gate\"", line: 9);
        Assert.DoesNotContain(findings, f => f.Tool == Parser);
    }

    [Fact]
    public async Task Spx1013_MissingRunsOn_BothToolsReject_ARunnerGroupAloneIsAccepted()
    {
        var findings = await ValidateFixture("spx1013-no-runner.yml");

        AssertHasFinding(findings, Parser, "Required property is missing: runs-on", line: 5);
        AssertHasFinding(findings, Actionlint, "\"runs-on\" section is missing in job \"build\"", line: 4);
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public async Task Spx1014_EmptyMatrixAxis_IsReportedByActionlintOnly()
    {
        var findings = await ValidateFixture("spx1014-empty-matrix-axis.yml");

        AssertHasFinding(findings, Actionlint, "\"matrix values\" section should not be empty", line: 8);
        AssertHasFinding(findings, Actionlint, "property \"os\" is not defined in object type {}", line: 5);
        Assert.DoesNotContain(findings, f => f.Tool == Parser);
    }

    [Fact]
    public async Task Spx1015_EmptyUsesAndGroup_BothReject_EmptyScript_OnlyActionlint()
    {
        var findings = await ValidateFixture("spx1015-empty-values.yml");

        AssertHasFinding(findings, Parser, "Unexpected value ''", line: 7);
        AssertHasFinding(findings, Parser, "Unexpected value ''", line: 9);
        AssertHasFinding(findings, Parser, "Unexpected value ''", line: 12);
        Assert.DoesNotContain(findings, f => f.Tool == Parser && f.Line == 10);
        foreach (var line in new[] { 7, 9, 10, 12 })
        {
            AssertHasFinding(findings, Actionlint, "string should not be empty", line);
        }
    }
}
