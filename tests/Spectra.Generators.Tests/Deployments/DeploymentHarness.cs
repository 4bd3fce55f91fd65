using Microsoft.CodeAnalysis;
using Spectra.Generators.Emit;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Deployments;

/// <summary>Reads the deployment side's files from a generator run, and asserts diagnostics of any severity.</summary>
internal static class DeploymentHarness
{
    public static IReadOnlyList<RenderedArtifact> DeploymentArtifacts(this GeneratorOutcome outcome) =>
        [.. Group(outcome, TrackingNames.ServiceArtifacts), .. Group(outcome, TrackingNames.RootArtifacts)];

    public static string File(this GeneratorOutcome outcome, string path)
    {
        var matches = outcome.DeploymentArtifacts().Where(a => a.Path == path).ToList();
        Assert.True(matches.Count == 1, $"Expected one file {path}, got: {string.Join(", ", outcome.DeploymentArtifacts().Select(a => a.Path))}");
        return matches[0].Content;
    }

    /// <summary>Like <see cref="DiagnosticAssert.Reports"/>, for rules whose default severity is a warning.</summary>
    public static Diagnostic Reports(string id, DiagnosticSeverity severity, string markup, string messageFragment, params string[] otherSources) =>
        DiagnosticAssert.Reports(id, severity, markup, messageFragment, GeneratorHarness.DefaultFiles, otherSources);

    private static IEnumerable<RenderedArtifact> Group(GeneratorOutcome outcome, string step) =>
        outcome.Result.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).SelectMany(o => ((ArtifactGroup)o.Value).Artifacts)
            : [];
}
