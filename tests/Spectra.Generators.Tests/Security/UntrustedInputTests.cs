using Microsoft.CodeAnalysis;
using Spectra.Generators.Tests.Infrastructure;
using static Spectra.Generators.Tests.Security.SecurityAssert;

namespace Spectra.Generators.Tests.Security;

/// <summary>
/// SPX4001: untrusted context values in scripts are reported, and the rendered step reads them from an
/// environment variable instead of having them pasted into the script.
/// </summary>
public sealed class UntrustedInputTests
{
    private const string Triage = """
        using Spectra;

        namespace Contoso;

        [Workflow("triage")]
        public static class Triage
        {
            public static Triggers On => new() { PullRequest = new() };

            public static Job Bash => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Env = new() { ["PULL_REQUEST_TITLE"] = "declared by the job, so the step must not hide it" },
                Steps =
                [
                    Step.Run("echo ${{ github.event.pull_request.title }}"),
                    Step.Run("echo \"Title: ${{ github.event.pull_request.title }} (#${{ github.event.number }})\""),
                    Step.Run("echo 'Branch: ${{ github.head_ref }}' && echo '${{ github.event.commits[0].message }}'"),
                    Step.Run("gh pr comment --body \"${{ github.event.pull_request.body }}\"") with { Env = new() { ["PR_BODY"] = "${{ github.event.pull_request.body }}" } },
                    Step.Run("echo ${{ toJSON(github.event.pull_request.head) }} > head.json"),
                    Step.Run("git log -1 ${{ github.event.pull_request.head.sha }}"),
                ],
            };

            public static Job Windows => new()
            {
                RunsOn = Runner.WindowsLatest,
                Steps =
                [
                    Step.Run("Write-Output \"Title: ${{ github.event.pull_request.title }}\""),
                    Step.Run("echo ${{ github.head_ref }}", shell: "cmd"),
                ],
            };

            public static Job Script => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Steps =
                [
                    Step.Action("actions/github-script@v7") with
                    {
                        With = new() { ["script"] = "core.info('Title: ${{ github.event.pull_request.title }}'); core.info(`${{ github.head_ref }}`)" },
                    },
                ],
            };
        }
        """;

    [Fact]
    public void Untrusted_expressions_render_as_environment_variables_quoted_for_their_place()
    {
        var outcome = GeneratorHarness.Run(Triage);

        Assert.All(outcome.Diagnostics, d => Assert.Equal("SPX4001", d.Id));
        Assert.Equal(10, outcome.Diagnostics.Count);
        Snapshot.Verify(outcome.Yaml(".github/workflows/triage.yml"));
    }

    [Fact]
    public void Untrusted_expression_is_reported_at_the_script_naming_the_variable() =>
        Reports("SPX4001", DiagnosticSeverity.Warning, Steps("""
            Step.Run([|"echo \"${{ github.event.issue.title }}\""|])
            """), "'github.event.issue.title' can be written by whoever opens an issue or pull request, comments, or pushes a branch; Spectra passes it to the script through the environment variable ISSUE_TITLE instead of pasting it into the script");

    [Fact]
    public void Untrusted_expression_in_github_script_is_reported_at_the_script_input() =>
        Reports("SPX4001", DiagnosticSeverity.Warning, Steps("""
            Step.Action("actions/github-script@v7") with { With = new() { ["script"] = [|"console.log('${{ github.event.comment.body }}')"|] } }
            """), "through the environment variable COMMENT_BODY");

    [Fact]
    public void Script_for_an_unknown_shell_is_reported_without_being_moved()
    {
        var source = Steps("""Step.Run("print('${{ github.event.issue.body }}')", shell: "python")""");

        var diagnostic = Reports("SPX4001", DiagnosticSeverity.Warning, source.Replace("Step.Run(\"print", "Step.Run([|\"print", StringComparison.Ordinal).Replace("}}')\",", "}}')\"|],", StringComparison.Ordinal),
            "Spectra does not know how a 'python' script reads a variable");

        Assert.Contains("run: print('${{ github.event.issue.body }}')", GeneratorHarness.Run(source).Yaml(".github/workflows/ci.yml"), StringComparison.Ordinal);
        Assert.NotNull(diagnostic);
    }

    [Fact]
    public void Script_whose_runner_comes_from_a_matrix_asks_for_a_shell() =>
        Reports("SPX4001", DiagnosticSeverity.Warning, DiagnosticAssert.Workflow("""
            public static Job Build => new()
            {
                RunsOn = "${{ matrix.os }}",
                Strategy = new() { Matrix = new() { ["os"] = ["ubuntu-latest", "windows-latest"] } },
                Steps = [Step.Run([|"echo ${{ github.head_ref }}"|])],
            };
            """), "set Shell to \"bash\" or \"pwsh\"");

    [Fact]
    public void Single_quoted_powershell_string_cannot_take_a_variable() =>
        Reports("SPX4001", DiagnosticSeverity.Warning, Steps("""
            Step.Run([|"Write-Output '${{ github.head_ref }}'"|], shell: "pwsh")
            """), "inside a single-quoted PowerShell string");

    [Theory]
    [InlineData("echo ${{ github.event.pull_request.number }} ${{ github.sha }} ${{ github.event_name }}")]
    [InlineData("echo ${{ contains(github.event.pull_request.title, '[skip]') }}")]
    [InlineData("echo \"$TITLE\"")]
    [InlineData("echo '${{ github.event.issues }}'")]
    public void Trusted_values_are_not_reported(string script) =>
        DoesNotReport("SPX4001", Steps($"Step.Run(\"{script.Replace("\"", "\\\"", StringComparison.Ordinal)}\")"));
}
