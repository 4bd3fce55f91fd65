using Spectra.Generators.Tests.Infrastructure;
using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;
using static Spectra.Generators.Tests.Infrastructure.RuleAssert;

namespace Spectra.Generators.Tests.Triggers;

/// <summary>SPX1037: typed reusable-workflow calls, checked against the callee's workflow_call contract.</summary>
public sealed class ReusableCallTests
{
    /// <summary>The callee: a [Workflow] with inputs of each type and two secrets, one required.</summary>
    private const string BuildWorkflow = """
        using System.Collections.Generic;
        using Spectra;

        namespace Contoso;

        [Workflow("build")]
        public static class BuildWorkflow
        {
            public static Triggers On => new()
            {
                WorkflowCall = new()
                {
                    Inputs = new()
                    {
                        ["configuration"] = new() { Type = InputType.String, Required = true },
                        ["verbose"] = new() { Type = InputType.Boolean, Default = false },
                        ["retries"] = new() { Type = InputType.Number, Required = true, Default = 2 },
                    },
                    Secrets = new() { ["NUGET_KEY"] = new() { Required = true }, ["SIGNING_KEY"] = new() },
                },
            };

            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("dotnet build -c ${{ inputs.configuration }}")] };
        }
        """;

    private const string Lint = """
        using Spectra;

        namespace Contoso;

        [Workflow("lint")]
        public static class LintWorkflow
        {
            public static Triggers On => new() { Push = new() };
            public static Job Lint => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("dotnet format")] };
        }
        """;

    private static string Release(string call) => Workflow($$"""
        public static ReusableWorkflowJob Build => new()
        {
            {{call}}
        };
        """, "release", "Release");

    [Fact]
    public void Typed_callee_renders_its_local_uses_path()
    {
        var outcome = GeneratorHarness.Run(Release("""
            Workflow = typeof(BuildWorkflow),
            With = new() { ["configuration"] = "Release", ["verbose"] = true, ["retries"] = 3 },
            Secrets = new() { ["NUGET_KEY"] = Secrets.Get("NUGET_KEY") },
            """), BuildWorkflow);

        outcome.AssertClean();
        Snapshot.Verify(outcome.Yaml(".github/workflows/release.yml"));
    }

    [Fact]
    public void Missing_required_input_is_reported_at_with() =>
        Reports("SPX1037", Release("""
            Workflow = typeof(BuildWorkflow),
            With = [|new() { ["verbose"] = true }|],
            InheritSecrets = true,
            """), "Job 'build' calls workflow 'build': required input 'configuration' is not passed in With", BuildWorkflow);

    [Fact]
    public void Unknown_input_is_reported_at_its_key() =>
        Reports("SPX1037", Release("""
            Workflow = typeof(BuildWorkflow),
            With = new() { ["configuration"] = "Release", [[|"config"|]] = "Debug" },
            InheritSecrets = true,
            """), "it declares no input 'config' (inputs: configuration, verbose, retries)", BuildWorkflow);

    [Fact]
    public void Text_for_a_boolean_input_is_reported_at_the_value() =>
        Reports("SPX1037", Release("""
            Workflow = typeof(BuildWorkflow),
            With = new() { ["configuration"] = "Release", ["verbose"] = [|"yes"|] },
            InheritSecrets = true,
            """), "input 'verbose' is a boolean, but the value is the string 'yes'", BuildWorkflow);

    [Fact]
    public void Number_that_github_would_reformat_for_a_string_input_is_reported() =>
        Reports("SPX1037", Release("""
            Workflow = typeof(BuildWorkflow),
            With = new() { ["configuration"] = [|1.50m|] },
            InheritSecrets = true,
            """), "1.50 is a number, which GitHub passes as '1.5'", BuildWorkflow);

    [Fact]
    public void Expressions_and_convertible_scalars_are_not_type_checked() =>
        DoesNotReport("SPX1037", Release("""
            Workflow = typeof(BuildWorkflow),
            With = new() { ["configuration"] = true, ["verbose"] = "${{ github.event_name == 'push' }}", ["retries"] = "${{ vars.RETRIES }}" },
            InheritSecrets = true,
            """), BuildWorkflow);

    [Fact]
    public void Missing_required_secret_is_reported_at_the_job_when_no_secrets_are_passed() =>
        Reports("SPX1037", Workflow("""
            public static ReusableWorkflowJob [|Build|] => new() { Workflow = typeof(BuildWorkflow), With = new() { ["configuration"] = "Release" } };
            """, "release", "Release"), "required secret 'NUGET_KEY' is not passed in Secrets (or set InheritSecrets)", BuildWorkflow);

    [Fact]
    public void Unknown_secret_is_reported_at_its_key() =>
        Reports("SPX1037", Release("""
            Workflow = typeof(BuildWorkflow),
            With = new() { ["configuration"] = "Release" },
            Secrets = new() { ["NUGET_KEY"] = Secrets.Get("NUGET_KEY"), [[|"NPM_TOKEN"|]] = Secrets.Get("NPM_TOKEN") },
            """), "it declares no secret 'NPM_TOKEN' (secrets: NUGET_KEY, SIGNING_KEY)", BuildWorkflow);

    [Fact]
    public void Callee_without_workflow_call_is_reported_at_the_type() =>
        Reports("SPX1037", Release("""
            Workflow = [|typeof(LintWorkflow)|],
            """), "Job 'build' calls workflow 'lint': it declares no WorkflowCall trigger", Lint);

    [Fact]
    public void Class_that_is_not_a_workflow_is_reported_at_the_type() =>
        Reports("SPX1037", Release("""
            Workflow = [|typeof(System.String)|],
            """), "'System.String' is not a [Workflow] class of this project");

    [Fact]
    public void Uses_that_disagrees_with_the_typed_callee_is_reported_at_uses() =>
        Reports("SPX1037", Release("""
            Workflow = typeof(BuildWorkflow),
            Uses = [|"./.github/workflows/compile.yml"|],
            With = new() { ["configuration"] = "Release" },
            InheritSecrets = true,
            """), "Uses is './.github/workflows/compile.yml', but Workflow names the class written to './.github/workflows/build.yml'", BuildWorkflow);

    [Fact]
    public void Local_uses_string_naming_a_workflow_of_the_project_is_checked_too() =>
        Reports("SPX1037", Release("""
            Uses = "./.github/workflows/build.yml",
            With = new() { ["configuration"] = "Release", [[|"colour"|]] = "auto" },
            InheritSecrets = true,
            """), "it declares no input 'colour'", BuildWorkflow);

    [Fact]
    public void Remote_and_unknown_local_workflows_are_not_checked() =>
        DoesNotReport("SPX1037", Release("""
            Uses = "./.github/workflows/handwritten.yml",
            With = new() { ["anything"] = 1 },
            """), BuildWorkflow);
}
