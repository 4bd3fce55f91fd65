using Spectra.Generators.Tests.Infrastructure;
using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace Spectra.Generators.Tests.Diagnostics;

/// <summary>One test per SPX1xxx rule: the id, the severity, and the exact expression it points at.</summary>
public sealed class WorkflowDiagnosticsTests
{
    private const string Runner = "RunsOn = Runner.UbuntuLatest, Steps = [Step.Run(\"echo\")]";

    [Fact]
    public void Needs_cycle_is_reported_with_its_full_path_at_the_closing_reference() =>
        Reports("SPX1001", Workflow($$"""
            public static Job A => new() { Needs = [C], {{Runner}} };
            public static Job B => new() { Needs = [[|A|]], {{Runner}} };
            public static Job C => new() { Needs = [B], {{Runner}} };
            """), "a -> c -> b -> a");

    [Fact]
    public void Job_that_needs_itself_is_reported_at_the_reference() =>
        Reports("SPX1002", Workflow($$"""
            public static Job Build => new() { Needs = [[|Build|]], {{Runner}} };
            """), "Job 'build' lists itself");

    [Fact]
    public void Job_that_needs_a_job_of_another_workflow_is_reported() =>
        Reports("SPX1003", Workflow($$"""
            public static Job Deploy => new() { Needs = [[|Other.Build|]], {{Runner}} };
            """), "needs 'Contoso.Other.Build', which is not a job of workflow 'ci'",
            Workflow($$"""public static Job Build => new() { {{Runner}} };""", "other", "Other"));

    [Fact]
    public void Duplicate_job_ids_are_reported_ignoring_case() =>
        Reports("SPX1004", Workflow($$"""
            public static Job Build => new() { {{Runner}} };
            public static Job Compile => new() { Id = [|"BUILD"|], {{Runner}} };
            """), "more than one job with id 'BUILD'");

    [Fact]
    public void Invalid_job_id_is_reported_at_the_id() =>
        Reports("SPX1005", Workflow($$"""
            public static Job Build => new() { Id = [|"1st build"|], {{Runner}} };
            """), "'1st build' is not a valid job id");

    [Fact]
    public void Duplicate_step_ids_are_reported_at_the_second_id() =>
        Reports("SPX1006", Workflow("""
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Steps = [Step.Run("a") with { Id = "push" }, Step.Run("b") with { Id = [|"Push"|] }],
            };
            """), "more than one step with id 'Push'");

    [Fact]
    public void Invalid_step_id_is_reported_at_the_id() =>
        Reports("SPX1007", Workflow("""
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("a") with { Id = [|"my step"|] }] };
            """), "'my step' is not a valid step id");

    [Theory]
    [InlineData("61 * * * *", "minute field '61'")]
    [InlineData("0 3 * *", "has 4")]
    [InlineData("0 3 * * FUNDAY", "day of week field 'FUNDAY'")]
    [InlineData("0 20-8 * * *", "runs backwards")]
    [InlineData("*/0 * * * *", "invalid step")]
    public void Invalid_cron_is_reported_at_the_expression(string cron, string problem) =>
        Reports("SPX1008", Workflow($$"""
            public static Triggers On => new() { Schedule = [new([|"{{cron}}"|])] };
            public static Job Build => new() { {{Runner}} };
            """), problem);

    [Fact]
    public void Invalid_workflow_id_is_reported_at_the_attribute_argument() =>
        Reports("SPX1009", Workflow($$"""public static Job Build => new() { {{Runner}} };""", "../escape").Replace("\"../escape\"", "[|\"../escape\"|]", StringComparison.Ordinal), "is not a valid file name");

    [Fact]
    public void Workflow_without_triggers_is_reported_at_the_class_name() =>
        Reports("SPX1010", $$"""
            using Spectra;
            [Workflow("ci")]
            public static class [|Ci|]
            {
                public static Job Build => new() { {{Runner}} };
            }
            """, "declares no triggers");

    [Fact]
    public void Workflow_without_jobs_is_reported_at_the_class_name() =>
        Reports("SPX1011", """
            using Spectra;
            [Workflow("ci")]
            public static class [|Ci|]
            {
                public static Triggers On => new() { Push = new() };
            }
            """, "declares no jobs");

    [Fact]
    public void Job_without_steps_is_reported_at_the_member_name() =>
        Reports("SPX1012", Workflow("""
            public static Job [|Build|] => new() { RunsOn = Runner.UbuntuLatest };
            """), "Job 'build' has no steps");

    [Fact]
    public void Job_without_runner_is_reported_at_the_member_name() =>
        Reports("SPX1013", Workflow("""
            public static Job [|Build|] => new() { Steps = [Step.Run("echo")] };
            """), "does not say where it runs");

    [Fact]
    public void Empty_matrix_axis_is_reported_at_its_values() =>
        Reports("SPX1014", Workflow("""
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Strategy = new() { Matrix = { ["os"] = [|[]|] } }, Steps = [Step.Run("echo")] };
            """), "Matrix axis 'os' of job 'build' has no values");

    [Fact]
    public void Empty_script_is_reported_at_the_script() =>
        Reports("SPX1015", Workflow("""
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run([|""|])] };
            """), "must not be empty");
}
