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
}
