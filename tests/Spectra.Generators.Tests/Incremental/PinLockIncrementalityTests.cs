using Microsoft.CodeAnalysis;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Incremental;

/// <summary>
/// The pin lock file joins the pipeline after the models: editing it must re-render (the SHAs are in the YAML)
/// without re-evaluating or re-parsing any declaration, and C# edits must leave the lock file's steps cached.
/// </summary>
public sealed class PinLockIncrementalityTests
{
    private const string NewCheckoutSha = "b4ffde65f46336ab88eb53be808477a3936bae11";

    private static readonly string[] PinSteps = [TrackingNames.PinFiles, TrackingNames.PinLock, TrackingNames.Pins];

    [Fact]
    public void Editing_the_lock_file_re_renders_with_the_new_sha_and_re_parses_nothing()
    {
        var compilation = GeneratorHarness.Compile(Sources.ReadmeExample);
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out _, out _);

        var edited = new InMemoryAdditionalText(TestPins.Path, TestPins.Json.Replace("11bd71901bbe5b1630ceea73d27597364c9af683", NewCheckoutSha, StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(TestPins.LockFile, edited).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var second = new GeneratorOutcome(driver, compilation, output, diagnostics);

        Assert.Contains($"actions/checkout@{NewCheckoutSha} # v4", second.Yaml(".github/workflows/ci.yml"), StringComparison.Ordinal);
        Assert.Equal(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.Artifacts).Single());
        Assert.All(Reasons(second, TrackingNames.Models), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(Reasons(second, TrackingNames.Declarations), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void Editing_a_declaration_leaves_the_lock_file_steps_cached()
    {
        var compilation = GeneratorHarness.Compile(Sources.ReadmeExample);
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out _, out _);

        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
            tree.ToString().Replace("dotnet test -c Release", "dotnet test -c Debug", StringComparison.Ordinal))));
        driver = driver.RunGeneratorsAndUpdateCompilation(edited, out var output, out var diagnostics);
        var second = new GeneratorOutcome(driver, edited, output, diagnostics);

        foreach (var step in PinSteps)
        {
            Assert.All(Reasons(second, step), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }

        Assert.Equal(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.Artifacts).Single());
    }

    [Fact]
    public void Adding_a_lock_file_pins_the_next_render()
    {
        var compilation = GeneratorHarness.Compile(Sources.ReadmeExample);
        var driver = GeneratorHarness.CreateDriver([]).RunGeneratorsAndUpdateCompilation(compilation, out _, out var before);
        Assert.Contains(before, d => d.Id == "SPX4004");

        driver = driver.AddAdditionalTexts([TestPins.LockFile]).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var after);
        var second = new GeneratorOutcome(driver, compilation, output, after);

        second.AssertClean();
        Assert.Contains("actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4", second.Yaml(".github/workflows/ci.yml"), StringComparison.Ordinal);
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorOutcome outcome, string step) =>
        [.. outcome.Result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason)];
}
