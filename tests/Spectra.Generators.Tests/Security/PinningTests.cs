using Microsoft.CodeAnalysis;
using Spectra.Generators.Tests.Infrastructure;
using static Spectra.Generators.Tests.Security.SecurityAssert;

namespace Spectra.Generators.Tests.Security;

/// <summary>SPX4004 and the pin lock file: unpinned references are reported; pinned ones render at their SHA.</summary>
public sealed class PinningTests
{
    private const string CheckoutSha = "11bd71901bbe5b1630ceea73d27597364c9af683";

    private static readonly AdditionalText[] NoLockFile = [];

    private static AdditionalText[] LockFile(string json) => [new InMemoryAdditionalText("/repo/spectra-pins.json", json)];

    [Fact]
    public void Action_helper_without_a_lock_file_is_reported_with_the_line_to_add() =>
        Reports("SPX4004", DiagnosticSeverity.Warning, Steps("[|Actions.Checkout()|]"),
            "'actions/checkout@v4' is not pinned to a full commit SHA; add \"actions/checkout@v4\": \"<commit SHA>\" to spectra-pins.json", NoLockFile);

    [Fact]
    public void Reusable_workflow_of_another_repository_is_reported_at_its_uses() =>
        Reports("SPX4004", DiagnosticSeverity.Warning, DiagnosticAssert.Workflow("""
            public static ReusableWorkflowJob Publish => new() { Uses = [|"contoso/platform/.github/workflows/publish.yml@v2"|] };
            """), "'contoso/platform/.github/workflows/publish.yml@v2' is not pinned", NoLockFile);

    [Fact]
    public void Docker_image_by_tag_is_reported_with_digest_advice() =>
        Reports("SPX4004", DiagnosticSeverity.Warning, Steps("""Step.Action([|"docker://alpine:3.20"|])"""), "pinned by its digest", NoLockFile);

    [Theory]
    [InlineData("Step.Action(\"actions/checkout@" + CheckoutSha + "\")")]
    [InlineData("Step.Action(\"./.github/actions/setup\")")]
    [InlineData("Step.Action(\"docker://alpine@sha256:1e014f84205d569a5cc3be4e108ca614055f7e21d11928946113ab3f36054801\")")]
    public void Full_shas_local_actions_and_image_digests_are_not_reported(string step) =>
        DoesNotReport("SPX4004", Steps(step), NoLockFile);

    [Fact]
    public void Reference_in_the_lock_file_renders_at_its_sha_with_the_tag_as_a_comment()
    {
        var outcome = DoesNotReport("SPX4004", Steps("Actions.Checkout()"), LockFile($$"""{ "actions/checkout@v4": "{{CheckoutSha}}" }"""));

        Assert.Contains($"      - uses: actions/checkout@{CheckoutSha} # v4\n", outcome.Yaml(".github/workflows/ci.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Lock_file_matches_owner_and_repository_ignoring_case_but_not_the_tag()
    {
        var files = LockFile($$"""{ "Actions/Checkout@v4": "{{CheckoutSha.ToUpperInvariant()}}" }""");
        var outcome = GeneratorHarness.RunWithFiles(files, Steps("Step.Action(\"actions/CHECKOUT@v4\"), Step.Action(\"actions/checkout@V4\")"));

        var yaml = outcome.Yaml(".github/workflows/ci.yml");
        Assert.Contains($"uses: actions/CHECKOUT@{CheckoutSha} # v4\n", yaml, StringComparison.Ordinal);
        Assert.Contains("uses: actions/checkout@V4\n", yaml, StringComparison.Ordinal);
        Assert.Single(outcome.Diagnostics, d => d.Id == "SPX4004");
    }

    [Fact]
    public void Reusable_workflow_call_renders_at_its_pinned_sha()
    {
        var outcome = GeneratorHarness.Run(DiagnosticAssert.Workflow("""
            public static ReusableWorkflowJob Publish => new() { Uses = "contoso/platform/.github/workflows/publish.yml@v2" };
            """));

        outcome.AssertClean();
        Assert.Contains("    uses: contoso/platform/.github/workflows/publish.yml@0000000000000000000000000000000000000007 # v2\n", outcome.Yaml(".github/workflows/ci.yml"), StringComparison.Ordinal);
    }
}
