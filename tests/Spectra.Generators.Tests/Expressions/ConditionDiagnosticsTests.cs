using static Spectra.Generators.Tests.Expressions.ExpressionAssert;
using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace Spectra.Generators.Tests.Expressions;

/// <summary>SPX1025 (text outside <c>${{ }}</c> makes a condition always true) and SPX1026 (conditions of literals only).</summary>
public sealed class ConditionDiagnosticsTests
{
    [Fact]
    public void Operator_outside_the_braces_is_reported() =>
        Reports("SPX1025", JobWithStepIf("""[|"${{ github.ref == 'refs/heads/main' }} && github.event_name == 'push'"|]"""),
            "The condition '${{ github.ref == 'refs/heads/main' }} && github.event_name == 'push'' is always true");

    [Fact]
    public void Trailing_space_after_the_braces_is_reported() =>
        Reports("SPX1025", Workflow("""
            public static Job Deploy => new() { If = [|"${{ github.ref == 'refs/heads/main' }} "|], RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };
            """), "the text outside ${{ }} makes it a non-empty string");

    [Theory]
    [InlineData("true", "always true")]
    [InlineData("${{ false }}", "always false")]
    [InlineData("1 == 1", "always true")]
    [InlineData("'true' == true", "always false")]
    [InlineData("${{ !null }}", "always true")]
    public void Condition_of_literals_only_is_a_warning(string condition, string outcome) =>
        ReportsWarning("SPX1026", JobWithStepIf($"[|\"{condition}\"|]"), $"The condition '{condition}' is {outcome}");

    [Fact]
    public void Constant_job_condition_is_reported_at_the_job() =>
        ReportsWarning("SPX1026", Workflow("""
            public static Job Deploy => new() { If = [|"false"|], RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };
            """), "The condition 'false' is always false");

    [Fact]
    public void Conditions_that_read_the_run_are_clean() =>
        Clean(Workflow("""
            public static Job Deploy => new()
            {
                If = "github.ref == 'refs/heads/main'",
                RunsOn = Runner.UbuntuLatest,
                Steps =
                [
                    Step.Run("echo") with { If = "${{ always() }}" },
                    Step.Run("echo") with { If = "${{\n  github.event_name == 'push'\n}}" },
                    Step.Run("echo") with { If = "  success() && true  " },
                ],
            };
            """));

    private static string JobWithStepIf(string condition) => Workflow($$"""
        public static Job Deploy => new()
        {
            RunsOn = Runner.UbuntuLatest,
            Steps = [Step.Run("echo") with { If = {{condition}} }],
        };
        """);
}
