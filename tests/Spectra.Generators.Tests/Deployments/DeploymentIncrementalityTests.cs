using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Deployments;

/// <summary>Editing one service re-renders only that service's files; edits that change no value re-render nothing.</summary>
public sealed class DeploymentIncrementalityTests
{
    private static readonly string[] ValueSteps =
    [
        TrackingNames.EnvironmentSet, TrackingNames.ServiceDeclarations, TrackingNames.Services, TrackingNames.ServiceArtifacts,
        TrackingNames.DeploymentSet, TrackingNames.RootArtifacts, TrackingNames.DeclarationCount,
    ];

    [Fact]
    public void Adding_a_comment_to_a_service_re_renders_nothing()
    {
        var second = RunTwice(c => Replace(c, "public static ServiceSettings Settings", "// the settings\n    public static ServiceSettings Settings"));

        foreach (var name in ValueSteps)
        {
            Assert.All(second.Result.TrackedSteps[name].SelectMany(s => s.Outputs), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} re-ran: {o.Reason}"));
        }
    }

    [Fact]
    public void Editing_one_service_re_renders_only_its_files()
    {
        var second = RunTwice(c => Replace(c, "Tag = \"2.0.1\"", "Tag = \"2.0.2\""));

        var reasons = second.Result.TrackedSteps[TrackingNames.ServiceArtifacts].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Contains("kitchen-sink:2.0.2", second.File("deploy/kitchen-sink/prd/manifests.yaml"), StringComparison.Ordinal);
    }

    private static GeneratorOutcome RunTwice(Func<Compilation, Compilation> edit)
    {
        var compilation = GeneratorHarness.Compile(DeploymentSources.Environments, DeploymentSources.StandardService, DeploymentSources.KitchenSinkService);
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output1, out var diagnostics1);
        new GeneratorOutcome(driver, compilation, output1, diagnostics1).AssertClean();
        var edited = edit(compilation);
        driver = driver.RunGeneratorsAndUpdateCompilation(edited, out var output2, out var diagnostics2);
        return new GeneratorOutcome(driver, edited, output2, diagnostics2);
    }

    private static Compilation Replace(Compilation compilation, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.First(t => t.ToString().Contains(oldText, StringComparison.Ordinal));
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(tree.ToString().Replace(oldText, newText, StringComparison.Ordinal))));
    }
}
