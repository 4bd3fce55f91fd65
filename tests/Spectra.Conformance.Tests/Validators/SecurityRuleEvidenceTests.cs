using System.Collections.Generic;
using System.Threading.Tasks;
using Spectra.Conformance.Tests.Infrastructure;
using Xunit;
using static Spectra.Conformance.Tests.Infrastructure.FindingAssertions;
using static Spectra.Conformance.Tests.Infrastructure.RuleEvidence;

namespace Spectra.Conformance.Tests.Validators;

/// <summary>
/// What GitHub's parser and actionlint say about the YAML that SPX4001-SPX4007 describe: the evidence quoted in
/// docs/diagnostics. GitHub's parser accepts all of it; where actionlint is silent too, that is pinned.
/// </summary>
public sealed class SecurityRuleEvidenceTests
{
    [Fact]
    public async Task Spx4001_UntrustedInputInAScript_IsReportedByActionlintOnly()
    {
        var findings = await ValidateFixture("spx4001-untrusted-input.yml");

        // actionlint places findings inside a block scalar on the line of its "|".
        AssertHasFinding(findings, Actionlint, "\"github.event.pull_request.title\" is potentially untrusted", line: 7);
        Assert.Single(findings);
    }

    [Fact]
    public async Task Spx4002_ActionlintReportsRegistryPasswords_NotTokensInEnvOrWith()
    {
        var findings = await ValidateFixture("spx4002-literal-credentials.yml");

        AssertHasFinding(findings, Actionlint, "\"password\" section in \"container\" section should be specified via secrets", line: 10);
        AssertHasFinding(findings, Actionlint, "\"password\" section in \"db\" service should be specified via secrets", line: 16);
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public async Task Spx4003_NoPermissions_IsNotFlaggedByEitherTool()
    {
        var findings = await ValidateFixture("spx4003-no-permissions.yml");

        AssertNoFindings(findings, "spx4003-no-permissions.yml");
    }

    [Fact]
    public async Task Spx4004_TagsBranchesAndImageTags_AreNotFlaggedByEitherTool()
    {
        var findings = await ValidateFixture("spx4004-unpinned.yml");

        AssertNoFindings(findings, "spx4004-unpinned.yml");
    }

    [Fact]
    public async Task Spx4005_AllFourWorkflowCommands_AreReportedByActionlintOnly()
    {
        var findings = await ValidateFixture("spx4005-workflow-commands.yml");

        AssertHasFinding(findings, Actionlint, "workflow command \"set-output\" was deprecated", line: 7);
        AssertHasFinding(findings, Actionlint, ">> $GITHUB_OUTPUT", line: 7);
        AssertHasFinding(findings, Actionlint, "workflow command \"save-state\" was deprecated", line: 9);
        AssertHasFinding(findings, Actionlint, "workflow command \"set-env\" was deprecated", line: 10);
        AssertHasFinding(findings, Actionlint, "workflow command \"add-path\" was deprecated", line: 11);
        Assert.Equal(4, findings.Count);
    }

    [Fact]
    public async Task Spx4006_OldMajorsOfPopularActions_AreReportedByActionlintOnly()
    {
        var findings = await ValidateFixture("spx4006-retired-runtime.yml");

        const string TooOld = "action is too old to run on GitHub Actions";
        AssertHasFinding(findings, Actionlint, $"the runner of \"actions/checkout@v3\" {TooOld}", line: 7);
        AssertHasFinding(findings, Actionlint, $"the runner of \"actions/setup-python@v4\" {TooOld}", line: 8);
        AssertHasFinding(findings, Actionlint, $"the runner of \"actions/upload-artifact@v3\" {TooOld}", line: 11);
        AssertHasFinding(findings, Actionlint, $"the runner of \"actions/github-script@v6\" {TooOld}", line: 14);
        AssertHasFinding(findings, Actionlint, $"the runner of \"docker/build-push-action@v4\" {TooOld}", line: 17);
        AssertHasFinding(findings, Actionlint, $"the runner of \"github/codeql-action/init@v2\" {TooOld}", line: 18);
        Assert.Equal(6, findings.Count);
    }

    [Fact]
    public async Task Spx4007_PullRequestTargetCheckingOutTheHead_IsNotFlaggedByEitherTool()
    {
        var findings = await ValidateFixture("spx4007-pull-request-target.yml");

        AssertNoFindings(findings, "spx4007-pull-request-target.yml");
    }
}
