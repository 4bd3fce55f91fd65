using Microsoft.CodeAnalysis;

namespace Spectra.Generators.Tests.Infrastructure;

/// <summary>
/// <see cref="DiagnosticAssert.Reports"/> for rules whose default severity is a warning, and the negative case:
/// a valid declaration gets no diagnostic with that id.
/// </summary>
internal static class RuleAssert
{
    /// <summary>Exactly one <paramref name="id"/>, a warning, at the <c>[|span|]</c> of the first source, with the message fragment.</summary>
    public static Diagnostic ReportsWarning(string id, string markup, string messageFragment, params string[] otherSources) =>
        DiagnosticAssert.Reports(id, DiagnosticSeverity.Warning, markup, messageFragment, GeneratorHarness.DefaultFiles, otherSources);

    /// <summary>No <paramref name="id"/> at all, and no compiler error that would make the absence meaningless.</summary>
    public static void DoesNotReport(string id, params string[] sources)
    {
        var outcome = GeneratorHarness.Run(sources);
        var problems = outcome.Diagnostics.Where(d => d.Id == id || !d.Id.StartsWith("SPX", StringComparison.Ordinal) || d.Id.StartsWith("SPX0", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 0, $"Expected no {id}, got:\n{string.Join("\n", problems)}");
    }
}
