using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Incremental;

/// <summary>
/// The generator runs on every keystroke in the IDE: an edit that changes no declaration value must leave every
/// step after evaluation cached, and editing one workflow must re-render only that workflow.
/// </summary>
public sealed class IncrementalityTests
{
    private static readonly string[] ValueSteps =
    [
        TrackingNames.Declarations, TrackingNames.Models, TrackingNames.WorkflowSet, TrackingNames.Workflows,
        TrackingNames.Artifacts, TrackingNames.DeclarationCount, TrackingNames.Issues, TrackingNames.OrgModels, TrackingNames.PolicyIssues,
    ];

    [Fact]
    public void Adding_an_unrelated_file_leaves_every_value_step_cached()
    {
        var (first, second) = RunTwice(compilation => compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Contoso; public static class Unrelated { public static int Answer => 42; }", GeneratorHarness.ParseOptions, path: "Unrelated.cs")));

        AssertAllCachedOrUnchanged(second, ValueSteps);
        AssertNoRoslynObjects(first);
    }

    [Fact]
    public void Adding_a_comment_above_a_declaration_re_renders_nothing()
    {
        var (_, second) = RunTwice(compilation => ReplaceText(compilation, "public static Job Test", "// the test job\n    public static Job Test"));

        AssertAllCachedOrUnchanged(second, ValueSteps);
    }

    [Fact]
    public void Editing_one_job_re_renders_only_its_workflow()
    {
        var (_, second) = RunTwice(compilation => ReplaceText(compilation, "dotnet test -c Release", "dotnet test -c Debug"));

        var reasons = second.Result.TrackedSteps[TrackingNames.Artifacts].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Contains("dotnet test -c Debug", second.Yaml(".github/workflows/ci.yml"), StringComparison.Ordinal);
    }

    private static (GeneratorOutcome First, GeneratorOutcome Second) RunTwice(Func<Compilation, Compilation> edit)
    {
        // Deployment and org platform declarations too, so every tracked step runs and is walked for Roslyn objects.
        var compilation = GeneratorHarness.Compile(Sources.ReadmeExample, Sources.ReusableWorkflow, Deployments.DeploymentSources.Environments, Deployments.DeploymentSources.StandardService, Platform.OrgHarness.OrgSource);
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output1, out var diagnostics1);
        var first = new GeneratorOutcome(driver, compilation, output1, diagnostics1);
        first.AssertClean();

        var edited = edit(compilation);
        driver = driver.RunGeneratorsAndUpdateCompilation(edited, out var output2, out var diagnostics2);
        return (first, new GeneratorOutcome(driver, edited, output2, diagnostics2));
    }

    private static Compilation ReplaceText(Compilation compilation, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.First(t => t.ToString().Contains(oldText, StringComparison.Ordinal));
        var edited = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(tree.ToString().Replace(oldText, newText, StringComparison.Ordinal)));
        return compilation.ReplaceSyntaxTree(tree, edited);
    }

    private static void AssertAllCachedOrUnchanged(GeneratorOutcome outcome, IEnumerable<string> stepNames)
    {
        foreach (var name in stepNames)
        {
            Assert.True(outcome.Result.TrackedSteps.TryGetValue(name, out var steps), $"Step {name} was not tracked.");
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step {name} re-ran with reason {output.Reason}.");
            }
        }
    }

    /// <summary>Pipeline values that hold symbols, syntax or compilations keep old compilations alive and defeat caching.</summary>
    private static void AssertNoRoslynObjects(GeneratorOutcome outcome)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var ourSteps = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        Assert.Equal(ourSteps.Count, ourSteps.Count(outcome.Result.TrackedSteps.ContainsKey));
        foreach (var name in ourSteps)
        {
            foreach (var output in outcome.Result.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                Walk(output.Value, name, visited);
            }
        }
    }

    private static void Walk(object? node, string path, HashSet<object> visited)
    {
        if (node is null || node is string || node.GetType().IsPrimitive || node.GetType().IsEnum || !visited.Add(node))
        {
            return;
        }

        var type = node.GetType();
        Assert.False(
            node is ISymbol or SyntaxNode or Compilation or SemanticModel or Location or SyntaxTree,
            $"{path} holds a Roslyn object of type {type.Name}.");
        if (node is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{index++}]", visited);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(node), path + "." + field.Name, visited);
        }
    }
}
