using static Spectra.Generators.Tests.Expressions.ExpressionAssert;
using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace Spectra.Generators.Tests.Expressions;

/// <summary>SPX1027: comparisons that GitHub's conversion to numbers turns into a fixed or surprising result.</summary>
public sealed class ComparisonDiagnosticsTests
{
    [Fact]
    public void Step_output_compared_with_true_is_a_warning() =>
        ReportsWarning("SPX1027", Workflow("""
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Steps =
                [
                    Step.Run("echo changed=true >> $GITHUB_OUTPUT") with { Id = "check" },
                    Step.Run("echo") with { If = [|"steps.check.outputs.changed == true"|] },
                ],
            };
            """), "'steps.check.outputs.changed == true' compares steps.check.outputs.changed (an output, always a string) with the boolean true; GitHub converts both to numbers");

    [Fact]
    public void Boolean_input_compared_with_a_string_is_a_warning() =>
        ReportsWarning("SPX1027", Workflow("""
            public static Triggers On => new() { WorkflowDispatch = new() { Inputs = new() { ["dry-run"] = new() { Type = InputType.Boolean } } } };
            public static Job Deploy => new() { If = [|"inputs.dry-run != 'true'"|], RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };
            """), "'inputs.dry-run != 'true'' compares the string 'true' with inputs.dry-run (a boolean input)");

    [Fact]
    public void Word_compared_with_a_number_is_a_warning() =>
        ReportsWarning("SPX1027", Workflow("""
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Steps = [Step.Run([|"echo ${{ github.run_attempt > 1 && 'retry' == 1 }}"|])],
            };
            """), "''retry' == 1' compares the string 'retry' with the number 1");

    [Fact]
    public void Comparisons_that_convert_as_meant_are_clean() =>
        Clean(Workflow("""
            public static Triggers On => new() { WorkflowDispatch = new() { Inputs = new() { ["dry-run"] = new() { Type = InputType.Boolean } } } };
            public static Job Build => new()
            {
                If = "github.run_number == '1' || inputs.dry-run == true || github.event.inputs.dry-run == 'true'",
                RunsOn = Runner.UbuntuLatest,
                Steps =
                [
                    Step.Run("echo count=1 >> $GITHUB_OUTPUT") with { Id = "check" },
                    Step.Run("echo") with { If = "steps.check.outputs.count == 1 && steps.check.outputs.count != ''" },
                ],
            };
            """));
}
