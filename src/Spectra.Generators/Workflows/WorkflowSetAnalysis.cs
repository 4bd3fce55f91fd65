using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Validation;

namespace Spectra.Generators.Workflows;

/// <summary>
/// Every workflow problem of the compilation, in a deterministic order. Each workflow was already checked on its own
/// (<see cref="CheckedWorkflow"/>); this step, after <c>Collect()</c>, adds only what needs all of them
/// (<see cref="WorkflowSetRules"/>, over summaries) and lists the issues. It re-runs on any edit, so it does no more
/// than concatenate and look at summaries: linear with small constants.
/// </summary>
internal sealed record WorkflowSetAnalysis(EquatableArray<Issue> Issues)
{
    public static WorkflowSetAnalysis Analyze(ImmutableArray<CheckedWorkflow> workflows)
    {
        var issues = new List<Issue>();
        foreach (var workflow in workflows)
        {
            issues.AddRange(workflow.Issues.Parse);
        }

        foreach (var workflow in workflows)
        {
            issues.AddRange(workflow.Issues.Resolve);
        }

        var seenIds = WorkflowSetRules.NewIdSet();
        foreach (var workflow in workflows)
        {
            if (WorkflowSetRules.DuplicateId(workflow.Summary, seenIds) is { } duplicate)
            {
                issues.Add(duplicate);
            }

            issues.AddRange(workflow.Issues.Rules);
        }

        foreach (var workflow in workflows)
        {
            issues.AddRange(workflow.Issues.TriggersAndJobs);
        }

        ReusableCallRules.Check(workflows.Select(w => w.Summary).ToList(), issues);
        foreach (var workflow in workflows)
        {
            issues.AddRange(workflow.Issues.Pinning);
        }

        return new WorkflowSetAnalysis(issues.ToEquatableArray());
    }
}
