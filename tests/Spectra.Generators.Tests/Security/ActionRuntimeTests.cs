using Microsoft.CodeAnalysis;
using static Spectra.Generators.Tests.Security.SecurityAssert;

namespace Spectra.Generators.Tests.Security;

/// <summary>SPX4006: majors of well-known actions that were built for Node.js 16 or older.</summary>
public sealed class ActionRuntimeTests
{
    [Fact]
    public void Checkout_v3_is_reported_at_the_reference_with_the_node20_major() =>
        Reports("SPX4006", DiagnosticSeverity.Warning, Steps("""
            Step.Action([|"actions/checkout@v3"|])
            """), "'actions/checkout@v3' runs on Node.js 16 or older, which GitHub has retired; use actions/checkout@v4");

    [Fact]
    public void A_full_version_tag_is_judged_by_its_major() =>
        Reports("SPX4006", DiagnosticSeverity.Warning, Steps("""
            Step.Action([|"actions/setup-python@v4.7.1"|])
            """), "use actions/setup-python@v5");

    [Fact]
    public void Old_artifact_actions_say_they_no_longer_work() =>
        Reports("SPX4006", DiagnosticSeverity.Warning, Steps("""
            Step.Action([|"actions/upload-artifact@v3"|]) with { With = new() { ["path"] = "out" } }
            """), "no longer work at all");

    [Fact]
    public void Subpath_actions_are_judged_by_their_repository() =>
        Reports("SPX4006", DiagnosticSeverity.Warning, Steps("""
            Step.Action([|"github/codeql-action/init@v2"|])
            """), "use github/codeql-action/init@v3");

    [Theory]
    [InlineData("actions/checkout@v4")]
    [InlineData("actions/checkout@main")]
    [InlineData("actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683")]
    [InlineData("contoso/checkout@v1")]
    [InlineData("./.github/actions/setup")]
    public void Current_unknown_or_unversioned_references_are_not_reported(string uses) =>
        DoesNotReport("SPX4006", Steps($"Step.Action(\"{uses}\")"));
}
