using System;
using System.Collections.Generic;
using System.Globalization;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Expressions;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation.Expressions;

/// <summary>
/// SPX1018: <c>steps.S...</c> where no step of the job has id S, or, inside a step, where S is that step or a later
/// one: the <c>steps</c> context holds only the steps that already ran, so the value is silently empty. Job-level
/// keys (outputs, environment URL) are evaluated after the steps, so there any step of the job will do.
/// </summary>
internal static class StepReferenceRules
{
    public static void Check(ExpressionUse use, List<Issue> issues)
    {
        if (use.Site.Job is not { } job)
        {
            return;
        }

        foreach (var reference in use.ReadsOf(ExpressionContexts.Steps))
        {
            if (reference.Member(0) is not { } stepId)
            {
                continue;
            }

            var problem = Problem(job, use.Site.StepIndex, stepId);
            if (problem is not null)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.StepOutputReference, use.Site.Path, use.Expression.TextOf(reference.Node), job.Id, problem));
            }
        }
    }

    private static string? Problem(JobModel job, int readingStep, string stepId)
    {
        var index = -1;
        for (var i = 0; i < job.Steps.Count; i++)
        {
            if (string.Equals(job.Steps[i].Id, stepId, StringComparison.OrdinalIgnoreCase))
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            return $"reads step '{stepId}', but no step of the job has that id";
        }

        if (readingStep < 0 || index < readingStep)
        {
            return null;
        }

        return index == readingStep
            ? $"reads step '{stepId}' from that same step; a step sees only the steps that ran before it"
            : $"reads step '{stepId}', which runs later (step {(index + 1).ToString(CultureInfo.InvariantCulture)}, after step {(readingStep + 1).ToString(CultureInfo.InvariantCulture)}); a step sees only the steps that ran before it";
    }
}
