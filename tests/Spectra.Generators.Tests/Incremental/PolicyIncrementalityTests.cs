using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Spectra.Generators.Tests.Infrastructure;
using Spectra.Generators.Tests.Platform;

namespace Spectra.Generators.Tests.Incremental;

/// <summary>
/// Policies are checked per workflow and per service: an edit elsewhere leaves every policy step cached, and an
/// edited workflow is re-checked alone.
/// </summary>
public sealed class PolicyIncrementalityTests
{
    private static readonly string[] PolicySteps =
    [
        TrackingNames.OrgModels, TrackingNames.PolicySuppressions, TrackingNames.PolicyContext,
        TrackingNames.WorkflowPolicyIssues, TrackingNames.ServicePolicyIssues, TrackingNames.PolicyIssues,
    ];

    [Fact]
    public void Unrelated_edit_leaves_every_policy_step_cached()
    {
        var second = RunTwice(compilation => compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Contoso; public static class Unrelated { public static int Answer => 42; }", GeneratorHarness.ParseOptions, path: "Unrelated.cs")));

        foreach (var name in PolicySteps)
        {
            Assert.All(Reasons(second, name), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} re-ran: {reason}"));
        }
    }

    [Fact]
    public void Editing_one_workflow_re_checks_only_that_workflow()
    {
        var second = RunTwice(compilation => Replace(compilation, "./deploy.sh", "./deploy.sh --verbose"));

        var workflows = Reasons(second, TrackingNames.WorkflowPolicyIssues);
        Assert.Equal(2, workflows.Count);
        Assert.Equal(1, workflows.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.All(Reasons(second, TrackingNames.ServicePolicyIssues), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(Reasons(second, TrackingNames.PolicyContext), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    private static GeneratorOutcome RunTwice(Func<Compilation, Compilation> edit)
    {
        var first = DeploymentPolicySources.Run(
            DeploymentPolicySources.Errors,
            DeploymentPolicySources.Workflow("Envs.Prd", "Step.Run(\"./deploy.sh\")"),
            DeploymentPolicySources.Environments,
            DeploymentPolicySources.Service(DeploymentPolicySources.MemoryLimit, "Replicas = 2"),
            DeploymentPolicySources.Workflow("new(\"dev\")", "Step.Run(\"./smoke.sh\")").Replace("Delivery", "Smoke", StringComparison.Ordinal).Replace("\"deploy\"", "\"smoke\"", StringComparison.Ordinal));
        first.AssertClean();
        var edited = edit(first.Input);
        var driver = first.Driver.RunGeneratorsAndUpdateCompilation(edited, out var output, out var diagnostics);
        return new GeneratorOutcome(driver, edited, output, diagnostics);
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorOutcome outcome, string step)
    {
        Assert.True(outcome.Result.TrackedSteps.TryGetValue(step, out var runs), $"Step {step} was not tracked.");
        return runs.SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();
    }

    private static Compilation Replace(Compilation compilation, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.First(t => t.ToString().Contains(oldText, StringComparison.Ordinal));
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(tree.ToString().Replace(oldText, newText, StringComparison.Ordinal))));
    }
}
