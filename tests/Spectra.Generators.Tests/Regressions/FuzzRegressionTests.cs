using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Regressions;

/// <summary>Inputs on which tests/Spectra.Generators.FuzzTests once found the generator misbehaving.</summary>
public sealed class FuzzRegressionTests
{
    [Fact]
    public void Workflow_id_with_a_line_break_is_reported_and_the_generated_code_still_compiles()
    {
        var outcome = GeneratorHarness.Run(DiagnosticAssert.Workflow("""public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };""", "x\\n"));

        // Before the fixes the id passed as valid (a regex '$' matches before a final '\n') and reached a // comment of the generated source, and the line after the break was code.
        Assert.Equal(["SPX1009"], outcome.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Job_id_with_a_trailing_line_break_is_invalid() =>
        DiagnosticAssert.Reports("SPX1005", DiagnosticAssert.Workflow("""
            public static Job Build => new() { Id = [|"build\n"|], RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };
            """), "is not a valid job id");

    [Fact]
    public void Step_id_with_a_trailing_line_break_is_invalid() =>
        DiagnosticAssert.Reports("SPX1007", DiagnosticAssert.Workflow("""
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo") with { Id = [|"push\n"|] }] };
            """), "is not a valid step id");

    [Fact]
    public void String_with_an_unpaired_surrogate_is_reported_where_it_is_written() =>
        DiagnosticAssert.Reports("SPX0002", DiagnosticAssert.Workflow("""
            public static Dictionary<string, string> Env => new() { [[|"\uD800"|]] = "x" };
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };
            """), "unpaired UTF-16 surrogate");

    [Fact]
    public void Surrogate_pair_split_across_a_constant_concatenation_is_one_character() =>
        GeneratorHarness.Run(DiagnosticAssert.Workflow("""
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo " + "\uD83D" + "\uDE00")] };
            """)).AssertClean();

    [Fact]
    public void Creating_a_string_with_new_is_reported_as_not_evaluable() =>
        DiagnosticAssert.Reports("SPX0002", DiagnosticAssert.Workflow("""
            public static string Name => [|new string('a', 3)|];
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };
            """), "'new string('a', 3)'");

    [Fact]
    public void Action_step_without_an_action_is_reported() =>
        DiagnosticAssert.Reports("SPX1015", DiagnosticAssert.Workflow("""
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Action([|null|]!)] };
            """), "The action of a step of job 'build' must not be empty");
}
