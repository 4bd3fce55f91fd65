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
    public static Diagnostic Reports(string id, DiagnosticSeverity severity, string markup, string messageFragment, params string[] otherSources)
    {
        var (source, span) = Markup.Parse(markup);
        var outcome = GeneratorHarness.Run([source, .. otherSources]);
        var matching = outcome.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got:\n{string.Join("\n", outcome.Diagnostics)}");
        var diagnostic = matching[0];
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal("Declarations0.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(source[span.Start..span.End], source[diagnostic.Location.SourceSpan.Start..diagnostic.Location.SourceSpan.End]);
        Assert.Contains(messageFragment, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.StartsWith("https://", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        return diagnostic;
    }

    private static IEnumerable<RenderedArtifact> Group(GeneratorOutcome outcome, string step) =>
        outcome.Result.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).SelectMany(o => ((ArtifactGroup)o.Value).Artifacts)
            : [];
}
