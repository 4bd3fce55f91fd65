using Microsoft.CodeAnalysis;
using Spectra.Generators.Tests.Infrastructure;
using static Spectra.Generators.Tests.Security.SecurityAssert;

namespace Spectra.Generators.Tests.Security;

/// <summary>SPX4002: literal values where a secret belongs, reported at the literal.</summary>
public sealed class CredentialTests
{
    [Fact]
    public void Literal_token_in_a_step_variable_is_reported_at_the_value() =>
        Reports("SPX4002", DiagnosticSeverity.Error, Steps("""
            Step.Run("npm publish") with { Env = new() { ["NPM_TOKEN"] = [|"npm_6f2b1c0d9e8a"|] } }
            """), "Environment variable 'NPM_TOKEN' looks like a credential but is a literal value; use a reference such as Secrets.Get(\"NAME\")");

    [Fact]
    public void Literal_password_input_of_an_action_is_reported() =>
        Reports("SPX4002", DiagnosticSeverity.Error, Steps("""
            Actions.DockerLogin("ghcr.io", "bot", [|"hunter2"|])
            """), "Input 'password'");

    [Fact]
    public void Literal_api_key_input_is_reported() =>
        Reports("SPX4002", DiagnosticSeverity.Error, Steps("""
            Step.Action("contoso/deploy@v1") with { With = new() { ["api-key"] = [|"k-12345678"|] } }
            """), "Input 'api-key'");

    [Fact]
    public void Literal_container_registry_password_is_reported() =>
        Reports("SPX4002", DiagnosticSeverity.Error, DiagnosticAssert.Workflow("""
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Container = new() { Image = "ghcr.io/contoso/sdk:1", Credentials = new() { Username = "bot", Password = [|"s3cr3t-value"|] } },
                Steps = [Step.Run("make")],
            };
            """), "The registry password of the container of job 'build'");

    [Fact]
    public void Literal_workflow_variable_is_reported() =>
        Reports("SPX4002", DiagnosticSeverity.Error, DiagnosticAssert.Workflow("""
            public static Dictionary<string, string> Env => new() { ["AWS_SECRET_ACCESS_KEY"] = [|"wJalrXUtnFEMI"|] };
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("make")] };
            """), "Environment variable 'AWS_SECRET_ACCESS_KEY'");

    [Fact]
    public void Literal_secret_passed_to_a_reusable_workflow_is_reported_whatever_its_name() =>
        Reports("SPX4002", DiagnosticSeverity.Error, DiagnosticAssert.Workflow("""
            public static ReusableWorkflowJob Publish => new() { Uses = "./.github/workflows/publish.yml", Secrets = new() { ["registry"] = [|"plain-text"|] } };
            """), "Secret 'registry' passed to the reusable workflow");

    [Fact]
    public void References_paths_flags_and_lookalike_names_are_not_reported() =>
        DoesNotReport("SPX4002", Steps("""
            Step.Run("make") with
            {
                Env = new()
                {
                    ["GITHUB_TOKEN"] = Secrets.GitHubToken,
                    ["NUGET_API_KEY"] = Secrets.Get("NUGET_API_KEY"),
                    ["AUTH_HEADER_TOKEN"] = "Bearer ${{ secrets.API }}",
                    ["TOKEN_FILE"] = "/run/secrets/token",
                    ["SKIP_TOKEN"] = "true",
                    ["PASSWORD"] = "",
                    ["MAX_TOKEN"] = "4096",
                },
            },
            Actions.Checkout(persistCredentials: false, token: Secrets.Get("PAT")),
            Step.Action("contoso/tool@v1") with { With = new() { ["token-format"] = "jwt", ["use-token"] = true } }
            """));
}
