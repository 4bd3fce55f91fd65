using Microsoft.CodeAnalysis;
using static Spectra.Generators.Tests.Security.SecurityAssert;

namespace Spectra.Generators.Tests.Security;

/// <summary>SPX4007: pull_request_target workflows that check out the pull request's code.</summary>
public sealed class PullRequestTargetTests
{
    [Theory]
    [InlineData("${{ github.event.pull_request.head.sha }}")]
    [InlineData("${{ github.event.pull_request.head.ref }}")]
    [InlineData("${{ github.head_ref }}")]
    [InlineData("refs/pull/${{ github.event.number }}/merge")]
    public void Checkout_of_the_head_is_reported_at_the_ref(string reference) =>
        Reports("SPX4007", DiagnosticSeverity.Error, Steps($$"""
            Actions.Checkout(@ref: [|"{{reference}}"|])
            """, "PullRequestTarget = new()"), $"Workflow 'ci' runs on pull_request_target, with secrets and a write token, and checks out the pull request's head ('{reference}')");

    [Fact]
    public void Ref_given_through_with_is_reported_too() =>
        Reports("SPX4007", DiagnosticSeverity.Error, Steps("""
            Step.Action("actions/checkout@v4") with { With = new() { ["ref"] = [|"${{ github.event.pull_request.head.sha }}"|] } }
            """, "PullRequestTarget = new()"), "checks out the pull request's head");

    [Fact]
    public void Checkout_of_the_base_branch_is_not_reported() =>
        DoesNotReport("SPX4007", Steps("Actions.Checkout()", "PullRequestTarget = new()"));

    [Fact]
    public void Checkout_of_the_head_on_pull_request_is_not_reported() =>
        DoesNotReport("SPX4007", Steps("Actions.Checkout(@ref: \"${{ github.event.pull_request.head.sha }}\")", "PullRequest = new()"));
}
