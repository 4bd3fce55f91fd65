using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// Turns one workflow's typed <c>Needs</c> references (declaration ids) into job ids of that workflow, and typed
/// reusable workflow callees into <c>uses:</c> paths. A job can only need a job of its own workflow, so needs resolve
/// against the workflow alone; a reference to a job of another workflow is reported and dropped. Callees need the
/// other workflows' ids, which the <see cref="WorkflowDirectory"/> holds.
/// </summary>
internal static class WorkflowResolver
{
    public static WorkflowModel Resolve(WorkflowModel workflow, WorkflowDirectory directory, List<Issue> issues)
    {
        // An org job included by several workflows has the same declaration id in each: it resolves to this
        // workflow's copy (a table over all workflows would have kept only the last one).
        var ownJobs = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var job in workflow.Jobs)
        {
            ownJobs[job.DeclarationId] = job.Id;
        }

        // A member that is an org job (`Lint => Platform.Lint`) keeps the org's declaration id; `Needs = [Lint]`
        // names the member. A job declared under that name itself wins, hence only added when free.
        foreach (var job in workflow.Jobs)
        {
            if (job.Path != job.DeclarationId && !ownJobs.ContainsKey(job.Path))
            {
                ownJobs[job.Path] = job.Id;
            }
        }

        return workflow with
        {
            Jobs = workflow.Jobs.Select(j => ReusableCallResolver.Resolve(ResolveNeeds(workflow, j, ownJobs, issues), directory.IdsByTypeName, issues)).ToEquatableArray(),
        };
    }

    private static JobModel ResolveNeeds(WorkflowModel workflow, JobModel job, Dictionary<string, string> ownJobs, List<Issue> issues)
    {
        var needs = new List<string>();
        for (var i = 0; i < job.Needs.Count; i++)
        {
            var target = job.Needs[i];
            if (ownJobs.TryGetValue(target, out var jobId))
            {
                needs.Add(jobId);
            }
            else if (workflow.Incomplete && target.StartsWith(workflow.TypeName + ".", System.StringComparison.Ordinal))
            {
                // The needed job could not be evaluated; that error is already reported, and this one would mislead.
            }
            else
            {
                var path = ValuePath.Index(ValuePath.Field(job.Path, "Needs"), i);
                issues.Add(Issue.Create(DiagnosticDescriptors.NeedsOutsideWorkflow, path, job.Id, target, workflow.Id));
            }
        }

        return job with { Needs = needs.ToEquatableArray() };
    }
}
