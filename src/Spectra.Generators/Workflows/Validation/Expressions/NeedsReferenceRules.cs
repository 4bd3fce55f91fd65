using System;
using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Expressions;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation.Expressions;

/// <summary>
/// SPX1016: <c>needs.X</c> where X is not a direct dependency of the job (GitHub gives an empty value, silently).
/// SPX1017: <c>needs.X.outputs.Y</c> (or, in a reusable workflow's outputs, <c>jobs.X.outputs.Y</c>) where job X
/// declares no output Y. Outputs of a job that calls a reusable workflow come from that workflow, so they are not checked.
/// </summary>
internal static class NeedsReferenceRules
{
    public static void Check(ExpressionUse use, ExpressionScope scope, List<Issue> issues)
    {
        if (use.Site.Job is { } job)
        {
            foreach (var reference in use.ReadsOf(ExpressionContexts.Needs))
            {
                if (reference.Member(0) is not { } needed)
                {
                    continue;
                }

                if (!job.Needs.Contains(needed, StringComparer.OrdinalIgnoreCase))
                {
                    issues.Add(Issue.Create(DiagnosticDescriptors.NeedsOutputNotDependency, use.Site.Path, use.Expression.TextOf(reference.Node), job.Id, needed));
                    continue;
                }

                CheckOutput(use, reference, scope, issues);
            }
        }

        foreach (var reference in use.ReadsOf(ExpressionContexts.Jobs))
        {
            CheckOutput(use, reference, scope, issues);
        }
    }

    private static void CheckOutput(ExpressionUse use, ContextReference reference, ExpressionScope scope, List<Issue> issues)
    {
        if (reference.Member(0) is not { } jobId
            || !string.Equals(reference.Member(1), "outputs", StringComparison.OrdinalIgnoreCase)
            || reference.Member(2) is not { } output
            || scope.FindJob(jobId) is not { IsReusableCall: false } target)
        {
            return;
        }

        if (!target.Outputs.Any(o => string.Equals(o.Key, output, StringComparison.OrdinalIgnoreCase)))
        {
            var declared = target.Outputs.IsEmpty ? "none" : string.Join(", ", target.Outputs.Select(o => o.Key));
            issues.Add(Issue.Create(DiagnosticDescriptors.NeedsOutputUnknown, use.Site.Path, use.Expression.TextOf(reference.Node), output, target.Id, declared));
        }
    }
}
