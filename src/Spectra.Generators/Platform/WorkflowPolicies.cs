using System;
using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Pinning;

namespace Spectra.Generators.Platform;

/// <summary>The policies about workflows: each yields the path of the product value that breaks it, and why.</summary>
internal static class WorkflowPolicies
{
    public static IEnumerable<(string Path, string Message)> Breaches(PolicyModel policy, WorkflowModel workflow, PinTable pins) => policy.Kind switch
    {
        OrgModelReader.RequiredJob => RequiredJob(policy, workflow),
        OrgModelReader.JobPermissions => workflow.Jobs
            .Where(job => job.Permissions is null && !job.IsReusableCall)
            .Select(job => (job.Path, $"Job '{job.Id}' must declare its own Permissions")),
        OrgModelReader.DeployTimeout => DeployTimeout(policy, workflow),
        OrgModelReader.Approval => Approval(policy, workflow),
        OrgModelReader.PinnedActions => PinnedActions(workflow, pins),
        _ => [],
    };

    /// <summary>The GitHub environment a job deploys to is identified by its name, as GitHub does (ignoring case).</summary>
    public static bool DeploysTo(JobModel job, string? environment) =>
        environment is not null && string.Equals(job.Environment?.Name, environment, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<(string, string)> RequiredJob(PolicyModel policy, WorkflowModel workflow)
    {
        var deployJob = policy.Environment is null ? null : workflow.Jobs.FirstOrDefault(job => DeploysTo(job, policy.Environment));
        var applies = policy.Environment is null || deployJob is not null;
        if (applies && !workflow.Jobs.Any(job => job.DeclarationId == policy.JobDeclarationId))
        {
            var required = policy.JobId ?? policy.JobDeclarationId ?? "?";
            yield return deployJob is null
                ? (workflow.TypeName, $"Workflow '{workflow.Id}' must include the org job '{required}'")
                : (deployJob.Path, $"Job '{deployJob.Id}' deploys to '{policy.Environment}', so workflow '{workflow.Id}' must include the org job '{required}'");
        }
    }

    private static IEnumerable<(string, string)> DeployTimeout(PolicyModel policy, WorkflowModel workflow)
    {
        foreach (var job in workflow.Jobs.Where(job => DeploysTo(job, policy.Environment)))
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
    }

    /// <summary>Reported at the job's <c>Environment</c>: that reference is what points the deploy at an unprotected environment.</summary>
    private static IEnumerable<(string, string)> Approval(PolicyModel policy, WorkflowModel workflow) =>
        workflow.Jobs
            .Where(job => DeploysTo(job, policy.Environment) && job.Environment!.RequiredReviewers.IsEmpty)
            .Select(job => (ValuePath.Field(job.Path, "Environment"),
                $"Job '{job.Id}' deploys to '{policy.Environment}', whose DeploymentEnvironment declares no RequiredReviewers: a person must approve each deployment there"));

    /// <summary>What a build renders: a tag the lock file pins is fine, because the rendered workflow carries the SHA.</summary>
    private static IEnumerable<(string, string)> PinnedActions(WorkflowModel workflow, PinTable pins)
    {
        foreach (var job in workflow.Jobs)
        {
            if (job.Call is { } call && !IsPinned(call.Uses, pins))
            {
                yield return (ValuePath.Field(job.Path, "Uses"), $"Job '{job.Id}' calls '{call.Uses}', which is not pinned to a commit SHA{Advice(call.Uses)}");
            }

            foreach (var step in job.Steps.Where(step => step.Uses is { } uses && !IsPinned(uses, pins)))
            {
                yield return (ValuePath.Field(step.Path, "Uses"), $"Job '{job.Id}' uses '{step.Uses}', which is not pinned to a commit SHA{Advice(step.Uses!)}");
            }
        }
    }

    private static bool IsPinned(string uses, PinTable pins)
    {
        var reference = ActionReference.Parse(uses);
        return reference.IsPinned || pins.ShaFor(reference) is not null;
    }

    private static string Advice(string uses) => ActionReference.Parse(uses) switch
    {
        { Kind: ActionReferenceKind.Docker } => " (use docker://image@sha256:<digest>)",
        var reference => $" (add \"{reference.Target}@{reference.Ref}\": \"<commit SHA>\" to {PinFile.FileName})",
    };
}
