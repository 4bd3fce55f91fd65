using Microsoft.CodeAnalysis;
using Spectra.Generators.Tests.Infrastructure;
using Spectra.Generators.Workflows;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Tests.Expressions;

/// <summary>
/// What the expression tests need beyond <see cref="DiagnosticAssert"/>: warnings (SPX1026, SPX1027) asserted with
/// the same rigour (id, severity, exact span, message), clean runs, and the models the generator built.
/// </summary>
internal static class ExpressionAssert
{
    public static readonly string[] ExpressionRuleIds =
        ["SPX1016", "SPX1017", "SPX1018", "SPX1020", "SPX1021", "SPX1022", "SPX1023", "SPX1024", "SPX1025", "SPX1026", "SPX1027"];

    public static Diagnostic ReportsWarning(string id, string markup, string messageFragment, params string[] otherSources) =>
        DiagnosticAssert.Reports(id, DiagnosticSeverity.Warning, markup, messageFragment, GeneratorHarness.DefaultFiles, otherSources);

    /// <summary>No diagnostic at all, warnings included: the valid counterpart of each rule.</summary>
    public static GeneratorOutcome Clean(params string[] sources)
    {
        var outcome = GeneratorHarness.Run(sources);
        outcome.AssertClean();
        return outcome;
    }

    public static IReadOnlyList<WorkflowModel> Models(GeneratorOutcome outcome) =>
        outcome.Result.TrackedSteps[TrackingNames.Workflows]
            .SelectMany(step => step.Outputs)
            .Select(output => (WorkflowModel)output.Value)
            .ToList();
}
