using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;
using static Spectra.Generators.Tests.Infrastructure.RuleAssert;

namespace Spectra.Generators.Tests.Jobs;

/// <summary>SPX1041: environment variable names at every level that declares them.</summary>
public sealed class EnvNameTests
{
    private const string Runner = "RunsOn = Runner.UbuntuLatest, Steps = [Step.Run(\"echo\")]";

    [Fact]
    public void Name_with_a_dash_is_reported_at_the_key_of_a_step_variable() =>
        Reports("SPX1041", Workflow("""
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo") with { Env = new() { [[|"NODE-OPTIONS"|]] = "--max-old-space-size=4096" } }] };
            """), "'NODE-OPTIONS' is not a portable environment variable name");

    [Fact]
    public void Name_starting_with_a_digit_is_reported_in_the_workflow_env() =>
        Reports("SPX1041", Workflow($$"""
            public static Dictionary<string, string> Env => new() { ["OK"] = "1", [[|"1ST"|]] = "x" };
            public static Job Build => new() { {{Runner}} };
            """), "'1ST' is not a portable environment variable name");

    [Fact]
    public void Default_github_variable_is_reported_in_the_job_env() =>
        Reports("SPX1041", Workflow("""
            public static Job Build => new() { Env = new() { [[|"GITHUB_SHA"|]] = "abc" }, RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };
            """), "'GITHUB_SHA' is one of GitHub's default variables, and GitHub does not let a workflow overwrite its GITHUB_* and RUNNER_* defaults");

    [Fact]
    public void Default_runner_variable_is_reported_in_a_service_container() =>
        Reports("SPX1041", Workflow("""
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Services = new() { ["db"] = new() { Image = "postgres:16", Env = new() { [[|"RUNNER_TEMP"|]] = "/tmp" } } },
                Steps = [Step.Run("echo")],
            };
            """), "'RUNNER_TEMP' is one of GitHub's default variables");

    [Fact]
    public void Name_with_a_space_is_reported_in_the_job_container() =>
        Reports("SPX1041", Workflow("""
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Container = new() { Image = "node:22", Env = new() { [[|"MY VAR"|]] = "x" } },
                Steps = [Step.Run("echo")],
            };
            """), "'MY VAR' is not a portable");

    [Fact]
    public void Portable_names_github_token_and_expression_keys_are_accepted() =>
        DoesNotReport("SPX1041", Workflow($$$"""
            public static Dictionary<string, string> Env => new() { ["DOTNET_NOLOGO"] = "1", ["_private"] = "x", ["GITHUB_TOKEN"] = Secrets.GitHubToken, ["CI"] = "false" };
            public static Job Build => new() { Env = new() { ["${{ matrix.name }}"] = "x", ["Path2"] = "y" }, {{{Runner}}} };
            """));
}
