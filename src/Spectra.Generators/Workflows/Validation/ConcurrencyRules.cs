using System.Collections.Generic;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// A job whose concurrency group is the workflow's own waits for the workflow run that contains it; GitHub detects
/// the deadlock when the run starts and cancels the run.
/// </summary>
internal static class ConcurrencyRules
{
    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        var workflowGroup = workflow.Concurrency?.Group.Trim();
        if (string.IsNullOrEmpty(workflowGroup))
        {
            return;
        }

        foreach (var job in workflow.Jobs)
        {
            if (job.Concurrency is { } concurrency && concurrency.Group.Trim() == workflowGroup)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.ConcurrencyDeadlock, ValuePath.Field(concurrency.Path, "Group"), job.Id, concurrency.Group));
            }
        }
    }
}
