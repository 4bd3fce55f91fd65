using System.Text.RegularExpressions;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>GitHub's syntax for job and step ids, and a safe file name for workflow ids.</summary>
internal static class IdRules
{
    // \z, not $: $ also matches before a final '\n', which would let "build\n" through as a valid id.
    private static readonly Regex JobOrStepId = new(@"^[A-Za-z_][A-Za-z0-9_-]*\z", RegexOptions.CultureInvariant);
    private static readonly Regex WorkflowId = new(@"^[A-Za-z0-9_][A-Za-z0-9_.-]*\z", RegexOptions.CultureInvariant);

    public static bool IsValidJobOrStepId(string id) => JobOrStepId.IsMatch(id);

    public static bool IsValidWorkflowId(string id) => WorkflowId.IsMatch(id) && !id.EndsWith(".", System.StringComparison.Ordinal);
}
