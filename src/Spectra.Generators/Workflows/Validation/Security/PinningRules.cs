using System.Collections.Generic;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Pinning;

namespace Spectra.Generators.Workflows.Validation.Security;

/// <summary>
/// SPX4004: a remote action or reusable workflow referenced by a tag or branch, which its owner (or whoever takes
/// over the account) can point at other code, and which the pin lock file does not map to a commit SHA.
/// </summary>
internal static class PinningRules
{
    public static IEnumerable<Issue> Check(WorkflowModel workflow, PinTable pins)
    {
        foreach (var job in workflow.Jobs)
        {
            if (job.Call is { } call && Problem(call.Uses, pins) is { } callAdvice)
            {
                yield return Issue.Create(DiagnosticDescriptors.ActionNotPinned, ValuePath.Field(job.Path, "Uses"), call.Uses, callAdvice);
            }

            foreach (var step in job.Steps)
            {
                if (step.Uses is { } uses && Problem(uses, pins) is { } advice)
                {
                    yield return Issue.Create(DiagnosticDescriptors.ActionNotPinned, ValuePath.Field(step.Path, "Uses"), uses, advice);
                }
            }
        }
    }

    /// <summary>The message's advice, or null when the reference is pinned, local, or pinned by the lock file.</summary>
    private static string? Problem(string uses, PinTable pins)
    {
        var reference = ActionReference.Parse(uses);
        if (reference.IsPinned || pins.ShaFor(reference) is not null)
        {
            return null;
        }

        return reference.Kind switch
        {
            ActionReferenceKind.Remote =>
                $"; add \"{reference.Target}@{reference.Ref}\": \"<commit SHA>\" to {PinFile.FileName} to pin it without changing the declaration",
            ActionReferenceKind.Docker =>
                "; a Docker image is pinned by its digest: docker://image@sha256:<digest>",
            _ => null, // malformed: reported by the rules that check uses syntax
        };
    }
}
