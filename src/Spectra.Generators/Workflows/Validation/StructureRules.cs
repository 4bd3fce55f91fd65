using System.Collections.Generic;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>What every workflow must have: triggers and at least one job.</summary>
internal static class StructureRules
{
    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        if (workflow.Incomplete)
        {
            return;
        }

        if (workflow.On is null || IsEmpty(workflow.On))
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.MissingTriggers, workflow.TypeName, workflow.Id));
        }

        if (workflow.Jobs.IsEmpty)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.NoJobs, workflow.TypeName, workflow.Id));
        }

        if (workflow.Concurrency is { Group.Length: 0 } concurrency)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.EmptyRequiredValue, Values.ValuePath.Field(concurrency.Path, "Group"), "The workflow's concurrency group"));
        }
    }

    private static bool IsEmpty(TriggersModel on) =>
        on.Push is null && on.PullRequest is null && on.PullRequestTarget is null && on.Schedules.IsEmpty &&
        on.DispatchInputs is null && on.WorkflowCall is null;
}
