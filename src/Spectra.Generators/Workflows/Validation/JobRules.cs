using System;
using System.Collections.Generic;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>Per-job rules: ids, runner, steps and their ids, matrix axes, required values.</summary>
internal static class JobRules
{
    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        var jobIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var job in workflow.Jobs)
        {
            var idPath = ValuePath.Field(job.Path, "Id");
            if (!IdRules.IsValidJobOrStepId(job.Id))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.InvalidJobId, idPath, job.Id));
            }
            else if (!jobIds.Add(job.Id))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.DuplicateJobId, idPath, workflow.Id, job.Id));
            }

            if (job.Call is { } call)
            {
                if (call.Uses.Length == 0 && call.Workflow is null) // an unresolved typed callee is reported as SPX1037
                {
                    issues.Add(Issue.Create(DiagnosticDescriptors.EmptyRequiredValue, ValuePath.Field(job.Path, "Uses"), $"Uses of job '{job.Id}'"));
                }

                continue;
            }

            if (job.RunsOn is null || (job.RunsOn.Labels.IsEmpty && job.RunsOn.Group is null))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.JobWithoutRunner, job.Path, job.Id));
            }

            if (job.Steps.IsEmpty)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.JobWithoutSteps, job.Path, job.Id));
            }

            CheckSteps(job, issues);
            CheckMatrix(job, issues);
            CheckRequiredValues(job, issues);
        }
    }

    private static void CheckSteps(JobModel job, List<Issue> issues)
    {
        var stepIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var step in job.Steps)
        {
            if (step.Id is { } id)
            {
                var idPath = ValuePath.Field(step.Path, "Id");
                if (!IdRules.IsValidJobOrStepId(id))
                {
                    issues.Add(Issue.Create(DiagnosticDescriptors.InvalidStepId, idPath, id));
                }
                else if (!stepIds.Add(id))
                {
                    issues.Add(Issue.Create(DiagnosticDescriptors.DuplicateStepId, idPath, job.Id, id));
                }
            }

            if (step.Run is null && string.IsNullOrEmpty(step.Uses)) // null too: 'Step.Action(null!)' renders a step that does nothing
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.EmptyRequiredValue, ValuePath.Field(step.Path, "Uses"), $"The action of a step of job '{job.Id}'"));
            }

            if (step.Run is { Length: 0 })
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.EmptyRequiredValue, ValuePath.Field(step.Path, "Script"), $"The script of a step of job '{job.Id}'"));
            }
        }
    }

    private static void CheckRequiredValues(JobModel job, List<Issue> issues)
    {
        if (job.Concurrency is { Group.Length: 0 } concurrency)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.EmptyRequiredValue, ValuePath.Field(concurrency.Path, "Group"), $"The concurrency group of job '{job.Id}'"));
        }

        if (job.Environment is { Name.Length: 0 })
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.EmptyRequiredValue, ValuePath.Field(ValuePath.Field(job.Path, "Environment"), "Name"), $"The environment name of job '{job.Id}'"));
        }

        if (job.Container is { Image.Length: 0 })
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.EmptyRequiredValue, ValuePath.Field(ValuePath.Field(job.Path, "Container"), "Image"), $"The container image of job '{job.Id}'"));
        }

        foreach (var service in job.Services)
        {
            if (service.Container.Image.Length == 0)
            {
                var path = ValuePath.Field(ValuePath.Key(ValuePath.Field(job.Path, "Services"), service.Name), "Image");
                issues.Add(Issue.Create(DiagnosticDescriptors.EmptyRequiredValue, path, $"The image of service '{service.Name}' of job '{job.Id}'"));
            }
        }
    }

    private static void CheckMatrix(JobModel job, List<Issue> issues)
    {
        foreach (var axis in job.Strategy?.Axes ?? default)
        {
            if (axis.Values.IsEmpty)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.EmptyMatrixAxis, ValuePath.Key(job.Strategy!.Path, axis.Name), axis.Name, job.Id));
            }
        }
    }
}
