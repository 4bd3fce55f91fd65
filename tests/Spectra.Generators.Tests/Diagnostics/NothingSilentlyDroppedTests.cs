using Spectra.Generators.Tests.Infrastructure;
using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace Spectra.Generators.Tests.Diagnostics;

/// <summary>Declarations the model cannot represent are reported where they are written, never dropped from the YAML.</summary>
public sealed class NothingSilentlyDroppedTests
{
    [Fact]
    public void Object_in_action_inputs_is_reported_at_the_object() =>
        Reports("SPX0004", Workflow("""
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Action("a/b@v1") with { With = new() { ["x"] = [|new Permissions()|] } }] };
            """), "must be a string, number, bool, list or dictionary");

    [Fact]
    public void Needs_on_a_job_outside_any_workflow_is_reported_at_the_item() =>
        Reports("SPX0004", Workflow("""
            public static Job Build => new() { Needs = [[|Shared.Lint|]], RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("make")] };
            """) + """

            public static class Shared
            {
                public static Job Lint => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("lint")] };
            }
            """, "must be a job of this workflow");

    [Fact]
    public void Workflow_env_that_is_not_a_dictionary_is_reported() =>
        Reports("SPX0004", Workflow("""
            public static string [|Env|] => "A=1";
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("make")] };
            """), "must be a dictionary of environment variables");

    [Fact]
    public void Action_step_without_uses_is_reported_at_the_step() =>
        Reports("SPX1015", Workflow("""
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [[|new ActionStep { Name = "x" }|]] };
            """), "The action of a step of job 'build' must not be empty");

    [Fact]
    public void Empty_job_concurrency_group_is_reported() =>
        Reports("SPX1015", Workflow("""
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Concurrency = new() { Group = [|""|] }, Steps = [Step.Run("make")] };
            """), "The concurrency group of job 'build'");

    [Fact]
    public void Empty_service_image_is_reported() =>
        Reports("SPX1015", Workflow("""
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Services = new() { ["db"] = new() { Image = [|""|] } }, Steps = [Step.Run("make")] };
            """), "The image of service 'db' of job 'build'");

    [Fact]
    public void Runner_group_without_labels_is_a_valid_runner()
    {
        var outcome = GeneratorHarness.Run(Workflow("""
            public static Job Build => new() { RunsOn = new Runner { Group = "deployers" }, Steps = [Step.Run("make")] };
            """));

        outcome.AssertClean();
        Assert.Contains("runs-on:\n      group: deployers\n", outcome.Yaml(".github/workflows/ci.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Matrix_with_only_exclude_entries_keeps_them()
    {
        var outcome = GeneratorHarness.Run(Workflow("""
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Strategy = new() { Matrix = { Exclude = [new() { ["os"] = "windows-2022" }] } }, Steps = [Step.Run("make")] };
            """));

        Assert.Contains("exclude:", outcome.Yaml(".github/workflows/ci.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Job_needing_a_job_that_failed_to_evaluate_gets_no_second_error()
    {
        var outcome = GeneratorHarness.Run(Workflow("""
            public static Job Build { get { return new Job(); } }
            public static Job Test => new() { Needs = [Build], RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("make")] };
            """));

        Assert.Contains(outcome.Diagnostics, d => d.Id == "SPX0002");
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Id == "SPX1003");
    }

    [Fact]
    public void Private_job_is_a_template_not_a_job()
    {
        var outcome = GeneratorHarness.Run(Workflow("""
            private static Job Template => new() { RunsOn = Runner.UbuntuLatest, TimeoutMinutes = 5, Steps = [Step.Run("make")] };
            public static Job Build => Template with { Name = "Build" };
            """));

        outcome.AssertClean();
        var yaml = outcome.Yaml(".github/workflows/ci.yml");
        Assert.DoesNotContain("template:", yaml, StringComparison.Ordinal);
        Assert.Contains("  build:\n    name: Build\n", yaml, StringComparison.Ordinal);
    }
}
