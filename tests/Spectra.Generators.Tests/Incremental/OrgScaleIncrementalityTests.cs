using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Spectra.Benchmarks.SyntheticOrg;
using Spectra.Generators.Emit;
using Spectra.Generators.Tests.Infrastructure;
using Spectra.Generators.Workflows;

namespace Spectra.Generators.Tests.Incremental;

/// <summary>
/// The benchmark's one-line edit at org scale (20 services: 20 workflows, 20 × 4 environments): only the edited
/// workflow is re-validated and re-renders, no service re-renders, and a comment changes nothing after evaluation. Step-run reasons
/// only, no timings: speed is measured by tests/Spectra.Benchmarks, never asserted in unit tests.
/// </summary>
public sealed class OrgScaleIncrementalityTests
{
    private const int Services = 20;
    private const int Edited = 7;

    [Fact]
    public void Editing_one_services_pipeline_re_renders_only_that_workflow()
    {
        var second = RunTwice(SyntheticOrg.EditableLine, SyntheticOrg.EditedLine(0));

        var artifacts = second.Result.TrackedSteps[TrackingNames.Artifacts].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(Services, artifacts.Count);
        var modified = artifacts.Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(o => ((ArtifactGroup)o.Value).Artifacts.Single().Path).ToList();
        Assert.Equal([$".github/workflows/{SyntheticOrg.ServiceName(Edited)}.yml"], modified);
        Assert.All(artifacts.Where(o => o.Reason != IncrementalStepRunReason.Modified), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Contains("timeout-minutes: 11", second.Yaml(modified[0]), StringComparison.Ordinal);

        AssertCachedOrUnchanged(second, TrackingNames.ServiceArtifacts, TrackingNames.Services, TrackingNames.DeploymentSet, TrackingNames.RootArtifacts, TrackingNames.DeclarationCount);
    }

    [Fact]
    public void Editing_one_services_pipeline_re_validates_only_that_workflow()
    {
        var second = RunTwice(SyntheticOrg.EditableLine, SyntheticOrg.EditedLine(0));

        Assert.Equal([SyntheticOrg.ServiceName(Edited)], ReRun(second, TrackingNames.CheckedWorkflows, output => ((CheckedWorkflow)output.Value).Summary.Id));
        Assert.Equal(Services, second.Result.TrackedSteps[TrackingNames.CheckedWorkflows].SelectMany(s => s.Outputs).Count());

        // Policies are checked per workflow too: the edited one re-ran (same issues), the others did not run at all.
        var policies = second.Result.TrackedSteps[TrackingNames.WorkflowPolicyIssues].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(Services, policies.Count);
        Assert.Equal(1, policies.Count(o => o.Reason == IncrementalStepRunReason.Unchanged));
        Assert.Equal(Services - 1, policies.Count(o => o.Reason == IncrementalStepRunReason.Cached));

        // The edit changes no workflow id, contract, issue or location (same length): nothing after the per-workflow
        // steps has anything new, and value paths are not looked up again for reporting.
        AssertCachedOrUnchanged(second, TrackingNames.WorkflowDirectory, TrackingNames.WorkflowSet, TrackingNames.PolicyIssues, TrackingNames.Issues, TrackingNames.LocatedDiagnostics, TrackingNames.DeclarationCount);
    }

    [Fact]
    public void Skipping_staging_in_one_pipeline_reaches_the_deployment_set_checks()
    {
        var second = RunTwice("Needs = [DeployStaging],", "Needs = [Scan],", clean: false);

        var diagnostic = Assert.Single(second.Diagnostics, d => d.Id == "SPX5008");
        Assert.Contains("Job 'deploy-production' deploys to 'prd' without needing job 'deploy-staging'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(second.Result.TrackedSteps[TrackingNames.DeploymentSet].SelectMany(s => s.Outputs)).Reason);
    }

    [Fact]
    public void A_comment_in_one_pipeline_re_renders_nothing()
    {
        var second = RunTwice(SyntheticOrg.EditableLine, "// reviewed\n        " + SyntheticOrg.EditableLine);

        AssertCachedOrUnchanged(second, TrackingNames.Declarations, TrackingNames.Models, TrackingNames.CheckedWorkflows, TrackingNames.WorkflowSet, TrackingNames.Workflows,
            TrackingNames.Artifacts, TrackingNames.ServiceArtifacts, TrackingNames.Services, TrackingNames.RootArtifacts, TrackingNames.Issues);
    }

    private static GeneratorOutcome RunTwice(string oldText, string newText, bool clean = true)
    {
        var compilation = GeneratorHarness.Compile([.. SyntheticOrg.Sources(Services).Select(s => s.Text)]);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single(t => t.ToString().Contains($"[Workflow(\"{SyntheticOrg.ServiceName(Edited)}\")]", StringComparison.Ordinal));
        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(tree.ToString().Replace(oldText, newText, StringComparison.Ordinal), GeneratorHarness.ParseOptions, path: tree.FilePath));
        driver = driver.RunGeneratorsAndUpdateCompilation(edited, out var output, out var diagnostics);
        var outcome = new GeneratorOutcome(driver, edited, output, diagnostics);
        if (clean)
        {
            outcome.AssertClean();
        }

        return outcome;
    }

    /// <summary>What identifies each output of <paramref name="step"/> that re-ran, in order; every other output must be Cached.</summary>
    private static List<string> ReRun(GeneratorOutcome outcome, string step, Func<(object Value, IncrementalStepRunReason Reason), string> name)
    {
        var outputs = outcome.Result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
        Assert.All(outputs.Where(o => o.Reason != IncrementalStepRunReason.Modified), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        return outputs.Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(name).ToList();
    }

    private static void AssertCachedOrUnchanged(GeneratorOutcome outcome, params string[] steps)
    {
        foreach (var name in steps)
        {
            Assert.True(outcome.Result.TrackedSteps.TryGetValue(name, out var runs), $"Step {name} was not tracked.");
            foreach (var output in runs.SelectMany(s => s.Outputs))
            {
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Step {name} re-ran with reason {output.Reason}.");
            }
        }
    }
}
