using System;
using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Expressions;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation.Expressions;

/// <summary>SPX1024: <c>matrix.X</c> where X is neither an axis nor a key added by an <c>include</c> entry of the job.</summary>
internal static class MatrixReferenceRules
{
    public static void Check(ExpressionUse use, ExpressionScope scope, List<Issue> issues)
    {
        if (use.Site.Job is not { } job)
        {
            return;
        }

        foreach (var reference in use.ReadsOf(ExpressionContexts.Matrix))
        {
            if (reference.Member(0) is not { } key)
            {
                continue;
            }

            var keys = scope.MatrixKeys(job);
            if (!keys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                var known = keys.Count == 0 ? "none; the job has no matrix" : string.Join(", ", keys);
                issues.Add(Issue.Create(DiagnosticDescriptors.UnknownMatrixKey, use.Site.Path, key, job.Id, known));
            }
        }
    }
}
