using static Spectra.Generators.Tests.Expressions.ExpressionAssert;
using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace Spectra.Generators.Tests.Expressions;

/// <summary>SPX1021: unknown functions, wrong argument counts, and functions GitHub allows only in some keys.</summary>
public sealed class FunctionDiagnosticsTests
{
    [Fact]
    public void Unknown_function_is_reported_with_the_known_ones() =>
        Reports("SPX1021", StepScript("""[|"echo ${{ toLower(github.ref) }}"|]"""),
            "'toLower' is not a function; GitHub's functions are contains, startsWith, endsWith, format, join, toJSON, fromJSON, hashFiles, case, success, always, cancelled, failure");

    [Fact]
    public void Missing_argument_is_reported() =>
        Reports("SPX1021", StepScript("""[|"echo ${{ contains(github.ref) }}"|]"""), "'contains' takes 2 arguments, but is given 1");

    [Fact]
    public void Too_many_arguments_are_reported() =>
        Reports("SPX1021", StepScript("""[|"echo ${{ join(github.event.commits.*.id, ',', 'x') }}"|]"""), "'join' takes 1 or 2 arguments, but is given 3");

    [Fact]
    public void Case_with_an_even_number_of_arguments_is_reported() =>
        Reports("SPX1021", StepScript("""[|"echo ${{ case(github.ref == 'refs/heads/main', 'prod', 'dev', 'x') }}"|]"""),
            "'case' takes an odd number of arguments, at least 3: pairs of condition and value, then a default, but is given 4");

    [Fact]
    public void HashFiles_outside_a_step_is_reported() =>
        Reports("SPX1021", Workflow("""
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Env = new() { ["KEY"] = [|"${{ hashFiles('**/*.csproj') }}"|] },
                Steps = [Step.Run("echo")],
            };
            """), "'hashFiles' can only be called in the keys of a step (if, name, run, with, env, working-directory), where the workspace exists; not in jobs.build.env");

    [Fact]
    public void Status_check_outside_a_condition_is_reported() =>
        Reports("SPX1021", StepScript("""[|"echo ${{ failure() }}"|]"""), "'failure' is a status check function, which GitHub allows only in 'if' conditions; not in jobs.build.steps.run");

    [Fact]
    public void Function_names_ignore_case_and_status_checks_are_allowed_in_conditions() =>
        Clean(Workflow("""
            public static Job Build => new()
            {
                If = "${{ !Cancelled() && success() }}",
                RunsOn = Runner.UbuntuLatest,
                Steps =
                [
                    Step.Run("echo ${{ toJson(github.sha) }} ${{ FORMAT('{0}', 1) }} ${{ case(github.ref == 'refs/heads/main', 'prod', 'dev') }}") with { Id = "show" },
                    Step.Run("echo ${{ hashFiles('a', 'b') }}") with { If = "always() && hashFiles('x') != ''" },
                ],
            };
            """));

    private static string StepScript(string script) => Workflow($$"""
        public static Job Build => new()
        {
            RunsOn = Runner.UbuntuLatest,
            Steps = [Step.Run({{script}})],
        };
        """);
}
