using System;
using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;

namespace Spectra.Generators.Platform;

/// <summary>
/// Checks every workflow against the policies of the referenced org packages. A product may exempt a workflow only
/// with <c>[SuppressPolicy(id, Justification = "...")]</c>; the severity is the org's (the policy carries it).
/// </summary>
internal static class PolicyChecker
{
    public static EquatableArray<Issue> Check(EquatableArray<WorkflowDeclaration> declarations, EquatableArray<ParsedWorkflow> workflows, OrgModelSet org)
    {
        var issues = new List<Issue>();
        var known = new HashSet<string>(org.Policies.Select(p => p.Id));
        foreach (var parsed in workflows)
        {
            var workflow = parsed.Model;
            var suppressed = new HashSet<string>();
            foreach (var suppression in Suppressions(declarations, workflow.TypeName))
            {
                var path = workflow.TypeName + "." + PolicySuppressions.MemberName(suppression.PolicyId);
                if (string.IsNullOrWhiteSpace(suppression.Justification))
                {
                    issues.Add(Issue.Create(DiagnosticDescriptors.PolicySuppressionWithoutJustification, path, workflow.Id, suppression.PolicyId));
                }
                else if (!known.Contains(suppression.PolicyId))
                {
                    issues.Add(Issue.Create(DiagnosticDescriptors.UnknownPolicySuppressed, path, workflow.Id, suppression.PolicyId));
                }
                else
                {
                    suppressed.Add(suppression.PolicyId);
                }
            }

            foreach (var policy in org.Policies.Where(p => !suppressed.Contains(p.Id)))
            {
                foreach (var (path, message) in Breaches(policy, workflow))
                {
                    var descriptor = policy.IsWarning ? DiagnosticDescriptors.PolicyViolationWarning : DiagnosticDescriptors.PolicyViolation;
                    issues.Add(Issue.Create(descriptor, path, message, policy.Id, policy.Package));
                }
            }
        }

        return issues.ToEquatableArray();
    }

    private static IEnumerable<(string Path, string Message)> Breaches(PolicyModel policy, WorkflowModel workflow)
    {
        switch (policy.Kind)
        {
            case OrgModelReader.RequiredJob:
                var deployJob = policy.Environment is null ? null : workflow.Jobs.FirstOrDefault(job => DeploysTo(job, policy.Environment));
                var applies = policy.Environment is null || deployJob is not null;
                if (applies && !workflow.Jobs.Any(job => job.DeclarationId == policy.JobDeclarationId))
                {
                    var required = policy.JobId ?? policy.JobDeclarationId ?? "?";
                    yield return deployJob is null
                        ? (workflow.TypeName, $"Workflow '{workflow.Id}' must include the org job '{required}'")
                        : (deployJob.Path, $"Job '{deployJob.Id}' deploys to '{policy.Environment}', so workflow '{workflow.Id}' must include the org job '{required}'");
                }

                break;
            case OrgModelReader.JobPermissions:
                foreach (var job in workflow.Jobs.Where(job => job.Permissions is null && !job.IsReusableCall))
                {
                    yield return (job.Path, $"Job '{job.Id}' must declare its own Permissions");
                }

                break;
            case OrgModelReader.DeployTimeout:
                foreach (var job in workflow.Jobs.Where(job => policy.Environment is not null && DeploysTo(job, policy.Environment)))
                {
                    if (job.TimeoutMinutes is not { } minutes)
                    {
                        yield return (job.Path, $"Job '{job.Id}' deploys to '{policy.Environment}' and must set TimeoutMinutes (at most {policy.MaxMinutes})");
                    }
                    else if (minutes > policy.MaxMinutes)
                    {
                        yield return (ValuePath.Field(job.Path, "TimeoutMinutes"), $"Job '{job.Id}' deploys to '{policy.Environment}' with TimeoutMinutes {minutes}, more than {policy.MaxMinutes}");
                    }
                }

                break;
        }
    }

    private static bool DeploysTo(JobModel job, string environment) =>
        string.Equals(job.Environment?.Name, environment, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<(string PolicyId, string? Justification)> Suppressions(EquatableArray<WorkflowDeclaration> declarations, string typeName)
    {
        foreach (var declaration in declarations.Where(d => d.TypeName == typeName))
        {
            foreach (var member in declaration.Members)
            {
                if (member is { TypeName: PolicySuppressions.TypeName, Value: ObjectValue suppression } && suppression["PolicyId"] is StringValue { Text: var id })
                {
                    yield return (id, (suppression["Justification"] as StringValue)?.Text);
                }
            }
        }
    }
}
