using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// Turns typed <c>Needs</c> references (declaration ids) into job ids of the same workflow, and typed reusable
/// workflow callees into <c>uses:</c> paths, once every workflow of the compilation is known. A reference to a job
/// of another workflow is reported and dropped.
/// </summary>
internal static class WorkflowSetResolver
{
    public static (EquatableArray<WorkflowModel> Workflows, EquatableArray<Issue> Issues) Resolve(EquatableArray<ParsedWorkflow> parsed)
    {
        // Keyed by workflow and declaration: an org job is one declaration that joins every workflow using it.
        var jobIds = new Dictionary<(string WorkflowType, string DeclarationId), string>();
        foreach (var workflow in parsed)
        {
            foreach (var job in workflow.Model.Jobs)
            {
                jobIds[(workflow.Model.TypeName, job.DeclarationId)] = job.Id;
            }

            // A member that is an org job (`Lint => Platform.Lint`) keeps the org's declaration id; `Needs = [Lint]`
            // names the member. A job declared under that name itself wins, hence only added when free.
            foreach (var job in workflow.Model.Jobs)
            {
                if (job.Path != job.DeclarationId && !jobIds.ContainsKey((workflow.Model.TypeName, job.Path)))
                {
                    jobIds[(workflow.Model.TypeName, job.Path)] = job.Id;
                }
            }
        }

        var workflowIds = new Dictionary<string, string>();
        foreach (var workflow in parsed)
        {
            workflowIds[workflow.Model.TypeName] = workflow.Model.Id;
        }

        var issues = new List<Issue>();
        var resolved = parsed.Select(p => p.Model with
        {
            Jobs = p.Model.Jobs.Select(j => ReusableCallResolver.Resolve(ResolveNeeds(p.Model, j, jobIds, issues), workflowIds, issues)).ToEquatableArray(),
        });
        return (resolved.ToEquatableArray(), issues.ToEquatableArray());
    }

    private static JobModel ResolveNeeds(WorkflowModel workflow, JobModel job, Dictionary<(string WorkflowType, string DeclarationId), string> jobIds, List<Issue> issues)
    {
        var needs = new List<string>();
        for (var i = 0; i < job.Needs.Count; i++)
        {
            var target = job.Needs[i];
            if (jobIds.TryGetValue((workflow.TypeName, target), out var jobId))
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
