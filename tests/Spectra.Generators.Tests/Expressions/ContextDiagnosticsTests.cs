using static Spectra.Generators.Tests.Expressions.ExpressionAssert;
using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace Spectra.Generators.Tests.Expressions;

/// <summary>SPX1022 (no such context) and SPX1023 (context not available at the key), following GitHub's availability table.</summary>
public sealed class ContextDiagnosticsTests
{
    [Fact]
    public void Misspelt_context_is_reported() =>
        Reports("SPX1022", Workflow("""
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run([|"echo ${{ githb.sha }}"|])] };
            """), "'githb' is not a context; contexts are github, env, vars, job, jobs, steps, runner, secrets, strategy, matrix, needs, inputs");

    [Fact]
    public void Bare_word_condition_is_an_unknown_context() =>
        Reports("SPX1022", Workflow("""
            public static Job Build => new() { If = [|"main"|], RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };
            """), "'main' is not a context");

    [Fact]
    public void Secrets_in_a_job_condition_are_reported() =>
        Reports("SPX1023", Workflow("""
            public static Job Deploy => new() { If = [|"secrets.DEPLOY_KEY != ''"|], RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };
            """), "The 'secrets' context is not available in jobs.deploy.if; available there: github, vars, needs, inputs");

    [Fact]
    public void Secrets_in_a_step_condition_are_reported() =>
        Reports("SPX1023", Workflow("""
            public static Job Deploy => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Steps = [Step.Run("echo") with { If = [|"${{ secrets.TOKEN != '' }}"|] }],
            };
            """), "The 'secrets' context is not available in jobs.deploy.steps.if; available there: github, env, vars, job, steps, runner, strategy, matrix, needs, inputs");

    [Fact]
    public void Matrix_at_workflow_level_is_reported() =>
        Reports("SPX1023", Workflow("""
            public static Dictionary<string, string> Env => new() { ["OS"] = [|"${{ matrix.os }}"|] };
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };
            """), "The 'matrix' context is not available in env; available there: github, vars, secrets, inputs");

    [Fact]
    public void Steps_in_a_job_env_is_reported_once_per_expression() =>
        Reports("SPX1023", Workflow("""
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Env = new() { ["V"] = [|"${{ steps.a.outputs.x || steps.b.outputs.y }}"|] },
                Steps = [Step.Run("echo")],
            };
            """), "The 'steps' context is not available in jobs.build.env");

    [Fact]
    public void Env_in_a_runner_label_is_reported() =>
        Reports("SPX1023", Workflow("""
            public static Job Build => new() { RunsOn = [|"${{ env.RUNNER }}"|], Steps = [Step.Run("echo")] };
            """), "The 'env' context is not available in jobs.build.runs-on; available there: github, vars, strategy, matrix, needs, inputs");

    [Fact]
    public void Contexts_where_the_table_allows_them_are_clean() =>
        Clean(Workflow("""
            public static string RunName => "Deploy ${{ inputs.target }} by ${{ github.actor }} (${{ vars.TEAM }})";
            public static Triggers On => new() { WorkflowDispatch = new() { Inputs = new() { ["target"] = new() { Type = InputType.String } } } };
            public static Dictionary<string, string> Env => new() { ["TOKEN"] = "${{ secrets.TOKEN }}" };
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Env = new() { ["KEY"] = "${{ secrets.KEY }}" },
                Steps =
                [
                    Step.Run("echo ${{ runner.os }} ${{ job.status }} ${{ env.KEY }} ${{ strategy.job-index }}") with
                    {
                        Id = "show",
                        If = "${{ env.KEY != '' && github.event_name == 'push' }}",
                        Env = new() { ["T"] = "${{ secrets.T }}" },
                    },
                ],
            };
            """));
}
