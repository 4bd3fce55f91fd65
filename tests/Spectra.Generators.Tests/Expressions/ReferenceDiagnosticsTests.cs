using static Spectra.Generators.Tests.Expressions.ExpressionAssert;
using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace Spectra.Generators.Tests.Expressions;

/// <summary>SPX1016 and SPX1017: reads of other jobs through <c>needs</c> (and <c>jobs</c> in a reusable workflow's outputs).</summary>
public sealed class ReferenceDiagnosticsTests
{
    private const string Build = """
        public static Job Build => new()
        {
            RunsOn = Runner.UbuntuLatest,
            Outputs = new() { ["digest"] = "${{ steps.push.outputs.digest }}" },
            Steps = [Step.Run("echo digest=x >> $GITHUB_OUTPUT") with { Id = "push" }],
        };
        """;

    [Fact]
    public void Reading_a_job_that_is_not_needed_is_reported() =>
        Reports("SPX1016", Workflow($$$"""
            {{{Build}}}
            public static Job Deploy => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Steps = [Step.Run("echo $DIGEST") with { Env = new() { ["DIGEST"] = [|"${{ needs.build.outputs.digest }}"|] } }],
            };
            """), "'needs.build.outputs.digest' in job 'deploy' reads job 'build', which is not in its Needs");

    [Fact]
    public void Reading_an_indirect_dependency_is_reported() =>
        Reports("SPX1016", Workflow($$$"""
            {{{Build}}}
            public static Job Test => new() { Needs = [Build], RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };
            public static Job Deploy => new() { Needs = [Test], If = [|"needs.build.result == 'success'"|], RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };
            """), "'needs.build.result' in job 'deploy' reads job 'build'");

    [Fact]
    public void Reading_an_output_the_needed_job_does_not_declare_is_reported() =>
        Reports("SPX1017", Workflow($$$"""
            {{{Build}}}
            public static Job Deploy => new()
            {
                Needs = [Build],
                RunsOn = Runner.UbuntuLatest,
                Steps = [Step.Run([|"echo ${{ needs.build.outputs['sha'] }}"|])],
            };
            """), "'needs.build.outputs['sha']' reads output 'sha' of job 'build', which declares no such output (declared: digest)");

    [Fact]
    public void Reusable_workflow_output_reading_an_undeclared_job_output_is_reported() =>
        Reports("SPX1017", Workflow($$$"""
            public static Triggers On => new() { WorkflowCall = new() { Outputs = new() { ["sha"] = new() { Value = [|"${{ jobs.build.outputs.sha }}"|] } } } };
            {{{Build}}}
            """), "'jobs.build.outputs.sha' reads output 'sha' of job 'build', which declares no such output (declared: digest)");

    [Fact]
    public void Outputs_of_needed_jobs_and_of_reusable_workflow_calls_are_clean() =>
        Clean(Workflow($$$"""
            {{{Build}}}
            public static ReusableWorkflowJob Release => new() { Needs = [Build], Uses = "./.github/workflows/release.yml", With = new() { ["digest"] = "${{ needs.build.outputs.digest }}" } };
            public static Job Deploy => new()
            {
                Needs = [Build, Release],
                If = "needs.Build.result == 'success'",
                RunsOn = Runner.UbuntuLatest,
                Steps = [Step.Run("echo ${{ needs.build.outputs.DIGEST }} ${{ needs.release.outputs.anything }} ${{ toJSON(needs) }}")],
            };
            """));
}
