using static Spectra.Generators.Tests.Expressions.ExpressionAssert;
using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace Spectra.Generators.Tests.Expressions;

/// <summary>SPX1020: expressions GitHub would reject when it loads the workflow.</summary>
public sealed class SyntaxDiagnosticsTests
{
    [Fact]
    public void Single_equals_in_a_script_is_reported_at_the_script() =>
        Reports("SPX1020", Workflow("""
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Steps = [Step.Run([|"echo ${{ github.ref = 'main' }}"|])],
            };
            """), "'github.ref = 'main'' is not a valid expression: '=' is not an operator; compare with '==' (position 12)");

    [Fact]
    public void Double_quoted_string_in_a_condition_without_braces_is_reported() =>
        Reports("SPX1020", Workflow("""
            public static Job Build => new()
            {
                If = [|"github.event_name == \"push\""|],
                RunsOn = Runner.UbuntuLatest,
                Steps = [Step.Run("echo")],
            };
            """), "strings are written in single quotes ('text'), not double quotes (position 22)");

    [Fact]
    public void Unclosed_expression_is_reported_at_the_env_value() =>
        Reports("SPX1020", Workflow("""
            public static Dictionary<string, string> Env => new() { ["SHA"] = [|"sha-${{ github.sha"|] };
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };
            """), "'${{ github.sha' is not a valid expression: '${{' is never closed with '}}'");

    [Fact]
    public void Empty_braces_are_reported() =>
        Reports("SPX1020", Workflow("""
            public static Job Build => new() { Name = [|"build ${{ }}"|], RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };
            """), "there is no expression between '${{' and '}}'");

    [Fact]
    public void Long_scripts_are_quoted_up_to_the_end_of_the_first_line() =>
        Reports("SPX1020", Workflow("""
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Steps = [Step.Run([|"echo ${{ github.sha\necho done"|])],
            };
            """), "'${{ github.sha…' is not a valid expression");

    [Fact]
    public void Quoted_braces_hex_numbers_and_escaped_quotes_are_valid() =>
        Clean(Workflow("""
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Steps =
                [
                    Step.Run("echo ${{ format('{{0}} {0}', github.sha) }} ${{ 0xff }} ${{ -2.99e-2 }} ${{ 'It''s' }}"),
                    Step.Run("echo '${ HOME }' and {{ not an expression }}"),
                ],
            };
            """));
}
