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

    [Fact]
    public void Every_site_path_names_a_recorded_source_location()
    {
        // A path the evaluator never recorded would put the squiggle on an enclosing declaration instead of the string.
        var outcome = GeneratorHarness.Run(Sources.KitchenSink, Sources.Environments);
        var recorded = outcome.Result.TrackedSteps[TrackingNames.WorkflowSources]
            .SelectMany(s => s.Outputs)
            .SelectMany(o => ((WorkflowSource)o.Value).Locations.Entries)
            .Select(e => e.Path)
            .ToHashSet(StringComparer.Ordinal);

        var unrecorded = ExpressionAssert.Models(outcome).SelectMany(ExpressionSites.Of).Select(s => s.Path).Where(p => !recorded.Contains(p)).ToList();

        Assert.True(unrecorded.Count == 0, "Not recorded: " + string.Join(", ", unrecorded));
    }

    private static List<ExpressionSite> Sites(params string[] sources) =>
        ExpressionAssert.Models(ExpressionAssert.Clean(sources)).SelectMany(ExpressionSites.Of).ToList();
}
