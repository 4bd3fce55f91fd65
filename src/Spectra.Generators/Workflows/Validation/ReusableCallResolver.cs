using System.Collections.Generic;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// Turns a typed callee (<c>Workflow = typeof(BuildWorkflow)</c>) into the <c>uses:</c> path of the file Spectra
/// writes for it. The contract itself (inputs, secrets) is checked later by <see cref="ReusableCallRules"/>.
/// </summary>
internal static class ReusableCallResolver
{
    public static string LocalUses(string workflowId) => "./.github/workflows/" + workflowId + ".yml";

    /// <summary>The job with <c>Uses</c> derived from its typed callee; <paramref name="workflowIds"/> maps class names to workflow ids.</summary>
    public static JobModel Resolve(JobModel job, IReadOnlyDictionary<string, string> workflowIds, List<Issue> issues)
    {
        if (job.Call is not { Workflow: { } typeName } call)
        {
            return job;
        }

        if (!workflowIds.TryGetValue(typeName, out var workflowId))
        {
            issues.Add(Issue.Create(
                DiagnosticDescriptors.ReusableWorkflowContract, ValuePath.Field(job.Path, "Workflow"), job.Id, typeName,
                $"'{typeName}' is not a [Workflow] class of this project, so Spectra writes no workflow file for it; name a [Workflow] class or set Uses instead"));
            return job;
        }

        var uses = LocalUses(workflowId);
        if (call.Uses.Length > 0 && call.Uses != uses)
        {
            issues.Add(Issue.Create(
                DiagnosticDescriptors.ReusableWorkflowContract, ValuePath.Field(job.Path, "Uses"), job.Id, workflowId,
                $"Uses is '{call.Uses}', but Workflow names the class written to '{uses}'; set only Workflow"));
        }

        return job with { Call = call with { Uses = uses } };
    }
}
