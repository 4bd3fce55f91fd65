using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Incremental;

/// <summary>
/// The render cache (src/Spectra.Generators/Caching/RenderCache.cs): a new driver, as every build in the compiler
/// server makes, reuses the files rendered for equal models, and renders anew what changed.
/// </summary>
public sealed class RenderCacheTests
{
    [Fact]
    public void A_new_driver_reuses_the_files_rendered_for_equal_models_and_renders_changed_ones()
    {
        string[] sources = [EvaluationCacheSources.Shared, EvaluationCacheSources.A, Deployments.DeploymentSources.Environments, Deployments.DeploymentSources.StandardService];
        var compilation = EvaluationCacheHarness.Compile(sources);
        var (first, _) = new EvaluationCacheHarness().Run(compilation);

        var (same, _) = new EvaluationCacheHarness().Run(compilation);
        var (edited, _) = new EvaluationCacheHarness().Run(EvaluationCacheHarness.Edit(compilation, EvaluationCacheSources.SharedPath, "Step.Run(\"lint\")", "Step.Run(\"lint --fix\")"));

        Assert.Same(Single(first, TrackingNames.Artifacts), Single(same, TrackingNames.Artifacts));
        Assert.Same(Single(first, TrackingNames.ServiceArtifacts), Single(same, TrackingNames.ServiceArtifacts));
        Assert.Contains("run: lint --fix", edited.Yaml(".github/workflows/a.yml"), StringComparison.Ordinal);
        Assert.Same(Single(first, TrackingNames.ServiceArtifacts), Single(edited, TrackingNames.ServiceArtifacts));
    }

    private static object Single(GeneratorOutcome outcome, string step) =>
        Assert.Single(outcome.Result.TrackedSteps[step].SelectMany(s => s.Outputs)).Value;
}
