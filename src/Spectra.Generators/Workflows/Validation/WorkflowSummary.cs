using System.Collections.Generic;
using Spectra.Generators.Common;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// What the checks across workflows need from one resolved workflow, and nothing more: its id (duplicate file
/// names), its <c>workflow_call</c> contract as a callee, and its calls of reusable workflows as a caller. A job
/// edit that touches none of these leaves the summary equal, so the set-wide step finds nothing new to say.
/// </summary>
internal sealed record WorkflowSummary(
    string TypeName,
    string Id,
    bool Incomplete,
    WorkflowCallModel? Contract,
    EquatableArray<ReusableCallSite> Calls)
{
    public static WorkflowSummary Of(WorkflowModel workflow)
    {
        var calls = new List<ReusableCallSite>();
        foreach (var job in workflow.Jobs)
        {
            if (job.Call is { } call)
            {
                calls.Add(new ReusableCallSite(job.Id, job.Path, call));
            }
        }

        return new WorkflowSummary(workflow.TypeName, workflow.Id, workflow.Incomplete, workflow.On?.WorkflowCall, calls.ToEquatableArray());
    }
}

/// <summary>A job that calls a reusable workflow, with its callee already resolved into <c>Uses</c>.</summary>
internal sealed record ReusableCallSite(string JobId, string JobPath, ReusableCallModel Call);
