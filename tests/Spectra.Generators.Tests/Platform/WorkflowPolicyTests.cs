using Microsoft.CodeAnalysis;
using Spectra.Generators.Tests.Infrastructure;
using static Spectra.Generators.Tests.Platform.DeploymentPolicySources;

namespace Spectra.Generators.Tests.Platform;

/// <summary>RequireApproval and RequirePinnedActions, checked on each workflow of the product.</summary>
public sealed class WorkflowPolicyTests
{
    private const string Unprotected = "new(\"production\")";

    [Fact]
    public void Prd_deploy_to_an_environment_without_reviewers_is_an_error_at_the_environment() =>
        DiagnosticAssert.Reports("SPX8002", DiagnosticSeverity.Error, Workflow("[|" + Unprotected + "|]", PinnedStep),
            "Job 'deploy' deploys to 'production', whose DeploymentEnvironment declares no RequiredReviewers: a person must approve each deployment there (org policy 'prd-approval' from Contoso.Infra)",
            source => Run(Errors, source));

    [Fact]
    public void Prd_deploy_to_the_declared_environment_with_reviewers_follows_every_policy() =>
        DeploymentPolicyTests.AssertNoPolicyDiagnostics(Run(Errors, Workflow("Envs.Prd", PinnedStep), Environments));

    [Fact]
    public void Approval_policy_ignores_other_environments() =>
        DeploymentPolicyTests.AssertNoPolicyDiagnostics(Run(Errors, Workflow("new(\"dev\")", PinnedStep)));

    [Fact]
    public void Justified_suppression_exempts_the_workflow_from_approval() =>
        DeploymentPolicyTests.AssertNoPolicyDiagnostics(Run(Errors, Workflow(Unprotected, PinnedStep,
            """[SuppressPolicy("prd-approval", Justification = "Rollback workflow: approved in the incident channel (OPS-7)")]""")));

    [Fact]
    public void Org_chosen_warning_severity_gives_spx8003_for_approval() =>
        DiagnosticAssert.Reports("SPX8003", DiagnosticSeverity.Warning, Workflow("[|" + Unprotected + "|]", PinnedStep),
            "declares no RequiredReviewers", source => Run(Warnings, source));

    [Fact]
    public void Action_at_a_tag_the_lock_file_does_not_pin_is_an_error_at_its_uses() =>
        DiagnosticAssert.Reports("SPX8002", DiagnosticSeverity.Error, Workflow("new(\"dev\")", "Step.Action([|\"contoso/deploy-action@v2\"|])"),
            "Job 'deploy' uses 'contoso/deploy-action@v2', which is not pinned to a commit SHA (add \"contoso/deploy-action@v2\": \"<commit SHA>\" to spectra-pins.json) (org policy 'pinned-actions' from Contoso.Infra)",
            source => Run(Errors, source));

    [Fact]
    public void Docker_action_without_a_digest_is_an_error() =>
        DiagnosticAssert.Reports("SPX8002", DiagnosticSeverity.Error, Workflow("new(\"dev\")", "Step.Action([|\"docker://alpine:3.20\"|])"),
            "uses 'docker://alpine:3.20', which is not pinned to a commit SHA (use docker://image@sha256:<digest>)",
            source => Run(Errors, source));

    [Theory]
    [InlineData("Step.Action(\"a/b@v1\")")] // pinned by the lock file
    [InlineData("Step.Action(\"contoso/deploy-action@0123456789abcdef0123456789abcdef01234567\")")]
    [InlineData("Step.Action(\"./.github/actions/deploy\")")]
    [InlineData("Step.Action(\"docker://alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\")")]
    public void Pinned_local_and_digest_references_follow_the_pinning_policy(string step) =>
        DeploymentPolicyTests.AssertNoPolicyDiagnostics(Run(Errors, Workflow("new(\"dev\")", step)));

    [Fact]
    public void Justified_suppression_exempts_the_workflow_from_pinning() =>
        DeploymentPolicyTests.AssertNoPolicyDiagnostics(Run(Errors, Workflow("new(\"dev\")", "Step.Action(\"contoso/deploy-action@v2\")",
            """[SuppressPolicy("pinned-actions", Justification = "contoso/deploy-action is ours; SHA pinning lands with SEC-311")]""")));

    [Fact]
    public void Org_chosen_warning_severity_gives_spx8003_for_pinning() =>
        DiagnosticAssert.Reports("SPX8003", DiagnosticSeverity.Warning, Workflow("new(\"dev\")", "Step.Action([|\"contoso/deploy-action@v2\"|])"),
            "is not pinned to a commit SHA", source => Run(Warnings, source));
}
