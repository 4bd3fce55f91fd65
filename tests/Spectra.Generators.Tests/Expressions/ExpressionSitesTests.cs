using Spectra.Generators.Tests.Infrastructure;
using Spectra.Generators.Workflows.Expressions;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Tests.Expressions;

/// <summary>The walk over a workflow model: which strings are expressions, under which key, at which value path.</summary>
public sealed class ExpressionSitesTests
{
    [Theory]
    [InlineData("Contoso.Pipelines.KitchenSink.RunName", "run-name")]
    [InlineData("Contoso.Pipelines.KitchenSink.Concurrency.Group", "concurrency")]
    [InlineData("Contoso.Pipelines.KitchenSink.Test.RunsOn", "jobs.test.runs-on")]
    [InlineData("Contoso.Pipelines.KitchenSink.Test.Services[postgres].Env[POSTGRES_PASSWORD]", "jobs.test.services.<service_id>.env.<env_id>")]
    [InlineData("Contoso.Pipelines.KitchenSink.Test.Steps[3].If", "jobs.test.steps.if")]
    [InlineData("Contoso.Pipelines.KitchenSink.Test.Steps[3].With[name]", "jobs.test.steps.with")]
    [InlineData("Contoso.Pipelines.KitchenSink.Lint.Steps[2].With[key]", "jobs.lint.steps.with")]
    [InlineData("Contoso.Pipelines.KitchenSink.Image.Outputs[digest]", "jobs.image.outputs.<output_id>")]
    [InlineData("Contoso.Pipelines.KitchenSink.Image.Container.Credentials.Username", "jobs.image.container.credentials")]
    [InlineData("Contoso.Pipelines.KitchenSink.Deploy.If", "jobs.deploy.if")]
    [InlineData("Contoso.Pipelines.KitchenSink.Deploy.Steps[2].Env[DIGEST]", "jobs.deploy.steps.env")]
    public void Kitchen_sink_strings_are_visited_under_their_githubs_key(string path, string where)
    {
        var sites = Sites(Sources.KitchenSink, Sources.Environments);

        Assert.Equal(where, Assert.Single(sites, s => s.Path == path).Where);
    }

    [Fact]
    public void Strings_without_expressions_are_skipped_but_conditions_are_not()
    {
        var sites = Sites(Sources.KitchenSink, Sources.Environments);

        Assert.DoesNotContain(sites, s => s.Text == "kubectl apply -f deploy/ --namespace $KUBE_NAMESPACE");
        Assert.Contains(sites, s => s.Text == "github.ref == 'refs/heads/main'" && s.Key == ExpressionKey.JobIf);
    }

    [Fact]
    public void Step_sites_know_their_job_and_step()
    {
        var site = Assert.Single(Sites(Sources.KitchenSink, Sources.Environments), s => s.Path.EndsWith("Image.Steps[4].With[tags]", StringComparison.Ordinal));

        Assert.Equal("image", site.Job?.Id);
        Assert.Equal(4, site.StepIndex);
        Assert.Equal("push", site.Step?.Id);
    }

    [Fact]
    public void Reusable_workflow_outputs_and_call_inputs_are_visited()
    {
        var sites = Sites(Sources.ReusableWorkflow);

        Assert.Contains(sites, s => s.Key == ExpressionKey.WorkflowCallOutput && s.Path == "Contoso.Pipelines.BuildWorkflow.On.WorkflowCall.Outputs[version].Value");
        Assert.Contains(sites, s => s.Key == ExpressionKey.CallWith && s.Path == "Contoso.Pipelines.BuildWorkflow.Publish.With[version]");
        Assert.Contains(sites, s => s.Key == ExpressionKey.CallSecrets && s.Path == "Contoso.Pipelines.BuildWorkflow.Publish.Secrets[NUGET_KEY]");
    }

    [Theory]
    [InlineData("KitchenSink")]
    [InlineData("EveryKey")]
    public void Every_site_path_names_a_recorded_source_location(string name)
    {
        // A path the evaluator never recorded would put the squiggle on an enclosing declaration instead of the string.
        var outcome = name == "KitchenSink" ? GeneratorHarness.Run(Sources.KitchenSink, Sources.Environments) : GeneratorHarness.Run(EveryKey);
        var recorded = outcome.Result.TrackedSteps[TrackingNames.WorkflowSources]
            .SelectMany(s => s.Outputs)
            .SelectMany(o => ((WorkflowSource)o.Value).Locations.Entries)
            .Select(e => e.Path)
            .ToHashSet(StringComparer.Ordinal);

        var sites = ExpressionAssert.Models(outcome).SelectMany(ExpressionSites.Of).ToList();
        var unrecorded = sites.Select(s => s.Path).Where(p => !recorded.Contains(p)).ToList();

        Assert.True(sites.Count > 10, $"only {sites.Count} sites");
        Assert.True(unrecorded.Count == 0, "Not recorded: " + string.Join(", ", unrecorded));
    }

    [Fact]
    public void Every_key_with_expressions_is_visited_once()
    {
        var wheres = Sites(EveryKey).Select(s => s.Where).ToList();

        Assert.Equal(
            [
                "run-name", "env", "concurrency", "on.workflow_call.outputs.<output_id>.value",
                "jobs.build.if", "jobs.build.name", "jobs.build.runs-on", "jobs.build.environment", "jobs.build.environment.url",
                "jobs.build.concurrency", "jobs.build.env", "jobs.build.outputs.<output_id>", "jobs.build.defaults.run",
                "jobs.build.strategy", "jobs.build.strategy", "jobs.build.container", "jobs.build.container.credentials", "jobs.build.container.credentials",
                "jobs.build.container.env.<env_id>", "jobs.build.services", "jobs.build.services.<service_id>.credentials",
                "jobs.build.services.<service_id>.env.<env_id>", "jobs.build.steps.if", "jobs.build.steps.name", "jobs.build.steps.run",
                "jobs.build.steps.working-directory", "jobs.build.steps.env", "jobs.build.steps.with", "jobs.build.steps.with",
                "jobs.call.with.<with_id>", "jobs.call.secrets.<secrets_id>",
            ],
            wheres);
    }

    private const string EveryKey = """"
        using System.Collections.Generic;
        using Spectra;

        namespace Contoso.Pipelines;

        [Workflow("every-key")]
        public static class EveryKey
        {
            public static string RunName => "Run ${{ github.run_number }}";
            public static Triggers On => new() { Push = new(), WorkflowCall = new() { Outputs = new() { ["out"] = new() { Value = "${{ jobs.build.outputs.out }}" } } } };
            public static Dictionary<string, string> Env => new() { ["A"] = "${{ vars.A }}", ["PLAIN"] = "plain" };
            public static Concurrency Concurrency => new() { Group = "ci-${{ github.ref }}" };

            public static Job Build => new()
            {
                If = "github.event_name == 'push'",
                Name = "Build ${{ matrix.os }}",
                RunsOn = "${{ matrix.os }}",
                Environment = new("${{ vars.ENVIRONMENT }}") { Url = "${{ steps.deploy.outputs.url }}" },
                Concurrency = new() { Group = "build-${{ github.ref }}" },
                Env = new() { ["B"] = "${{ vars.B }}" },
                Outputs = new() { ["out"] = "${{ steps.deploy.outputs.url }}" },
                Defaults = new() { WorkingDirectory = "${{ matrix.os }}" },
                Strategy = new() { Matrix = { ["os"] = ["ubuntu-24.04", "${{ vars.EXTRA_OS }}"], Include = [new() { ["os"] = "ubuntu-24.04", ["tag"] = "${{ github.sha }}" }] } },
                Container = new() { Image = "${{ vars.IMAGE }}", Credentials = new() { Username = "${{ github.actor }}", Password = "${{ secrets.GITHUB_TOKEN }}" }, Env = new() { ["C"] = "${{ runner.os }}" } },
                Services = new() { ["db"] = new() { Image = "${{ vars.DB }}", Credentials = new() { Username = "u", Password = "${{ secrets.DB }}" }, Env = new() { ["D"] = "${{ job.status }}" } } },
                Steps =
                [
                    Step.Run("echo ${{ github.sha }}", workingDirectory: "${{ runner.temp }}") with { Id = "deploy", If = "${{ success() }}", Name = "Deploy ${{ matrix.os }}", Env = new() { ["E"] = "${{ env.B }}" } },
                    Step.Action("actions/upload-artifact@v4") with { With = new() { ["name"] = "${{ matrix.os }}", ["retention-days"] = 3, ["path"] = "${{ runner.temp }}" } },
                ],
            };

            public static ReusableWorkflowJob Call => new()
            {
                Needs = [Build],
                Uses = "./.github/workflows/release.yml",
                With = new() { ["out"] = "${{ needs.build.outputs.out }}", ["flag"] = true },
                Secrets = new() { ["TOKEN"] = "${{ secrets.TOKEN }}" },
            };
        }
        """";

    private static List<ExpressionSite> Sites(params string[] sources) =>
        ExpressionAssert.Models(ExpressionAssert.Clean(sources)).SelectMany(ExpressionSites.Of).ToList();
}
