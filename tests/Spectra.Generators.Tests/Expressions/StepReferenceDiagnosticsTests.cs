using static Spectra.Generators.Tests.Expressions.ExpressionAssert;
using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace Spectra.Generators.Tests.Expressions;

/// <summary>SPX1018: <c>steps.S</c> reads that cannot resolve: no such step, the same step, or a later one.</summary>
public sealed class StepReferenceDiagnosticsTests
{
    [Fact]
    public void Step_id_that_does_not_exist_is_reported() =>
        Reports("SPX1018", Workflow("""
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Steps = [Step.Run("echo") with { Id = "meta" }, Step.Run([|"echo ${{ steps.metadata.outputs.tags }}"|])],
            };
            """), "'steps.metadata.outputs.tags' in job 'build' reads step 'metadata', but no step of the job has that id");

    [Fact]
    public void Step_that_runs_later_is_reported() =>
        Reports("SPX1018", Workflow("""
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Steps = [Step.Run("echo") with { If = [|"steps.push.outcome == 'success'"|] }, Step.Run("echo") with { Id = "push" }],
            };
            """), "reads step 'push', which runs later (step 2, after step 1)");

    [Fact]
    public void Step_reading_its_own_outputs_is_reported() =>
        Reports("SPX1018", Workflow("""
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Steps = [Step.Action("docker/build-push-action@v6") with { Id = "push", With = new() { ["tags"] = [|"${{ steps.push.outputs.digest }}"|] } }],
            };
            """), "reads step 'push' from that same step");

    [Fact]
    public void Job_output_naming_a_missing_step_is_reported() =>
        Reports("SPX1018", Workflow("""
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Outputs = new() { ["digest"] = [|"${{ steps.publish.outputs.digest }}"|] },
                Steps = [Step.Run("echo") with { Id = "push" }],
            };
            """), "reads step 'publish', but no step of the job has that id");

    [Fact]
    public void Earlier_steps_and_any_step_from_job_outputs_or_environment_url_are_clean() =>
        Clean(Workflow("""
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Environment = new("staging") { Url = "${{ steps.deploy.outputs.url }}" },
                Outputs = new() { ["url"] = "${{ steps.DEPLOY.outputs.url }}" },
                Steps =
                [
                    Step.Run("echo url=x >> $GITHUB_OUTPUT") with { Id = "deploy" },
                    Step.Run("echo ${{ steps.deploy.outputs.url }}") with { If = "steps.deploy.conclusion == 'success'" },
                ],
            };
            """));
}
