using System;
using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Deployments.Validation;

/// <summary>
/// Checks across services and workflows: two services cannot write one chart; a workflow job that deploys to an
/// environment needs something to deploy there, and must come after the jobs that deploy to earlier environments.
/// Workflows arrive as <see cref="Workflows.DeploymentView"/>s: a job field not kept there reads as unset.
/// </summary>
internal static class DeploymentSetRules
{
    public static IEnumerable<Issue> Check(EquatableArray<ServiceModel> services, EnvironmentSetModel environments, IEnumerable<WorkflowModel> workflows)
    {
        var issues = new List<Issue>();
        var charts = new Dictionary<string, ServiceModel>(StringComparer.OrdinalIgnoreCase);
        foreach (var service in services.OrderBy(s => s.TypeName, StringComparer.Ordinal))
        {
            if (charts.TryGetValue(service.Name, out var first))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.DuplicateChart, service.NamePath, first.TypeName, service.TypeName, service.Name));
            }
            else
            {
                charts[service.Name] = service;
            }
        }

        if (services.IsEmpty || environments.Environments.IsEmpty)
        {
            return issues; // without services, deploy jobs may well deploy something Spectra does not describe
        }

        // Once, not per deploy job: asking every service per job was workflows × services, quadratic in an org.
        var deployed = new HashSet<EnvironmentDefinition>();
        foreach (var service in services)
        {
            foreach (var instance in service.Instances)
            {
                deployed.Add(instance.Environment);
            }
        }

        foreach (var workflow in workflows)
        {
            CheckDeployJobs(workflow, deployed, environments, issues);
        }

        return issues;
    }

    private static void CheckDeployJobs(WorkflowModel workflow, HashSet<EnvironmentDefinition> deployed, EnvironmentSetModel environments, List<Issue> issues)
    {
        var deployJobs = new List<(JobModel Job, EnvironmentDefinition Environment, int Stage)>();
        foreach (var job in workflow.Jobs)
        {
            if (job.Environment is not { } target)
            {
                continue;
            }

            var path = ValuePath.Field(job.Path, "Environment");
            var index = IndexOf(environments, target.Name);
            if (index < 0)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.DeployJobWithoutValues, path, job.Id, target.Name, "it is not declared in an [Environments] class, so no service has a values file for it"));
                continue;
            }

            var environment = environments.Environments[index];
            if (!deployed.Contains(environment))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.DeployJobWithoutValues, path, job.Id, target.Name, $"no service deploys there, so there is no values-{environment.Id}.yaml"));
            }

            deployJobs.Add((job, environment, index));
        }

        if (!environments.HasPromotion)
        {
            return;
        }

        foreach (var (job, environment, stage) in deployJobs)
        {
            var needed = TransitiveNeeds(workflow, job);
            foreach (var (earlier, earlierEnvironment, earlierStage) in deployJobs)
            {
                if (earlierStage < stage && !needed.Contains(earlier.DeclarationId))
                {
                    issues.Add(Issue.Create(DiagnosticDescriptors.DeployJobSkipsPromotion, ValuePath.Field(job.Path, "Environment"), job.Id, environment.Id, earlier.Id, earlierEnvironment.Id));
                    break;
                }
            }
        }
    }

    private static int IndexOf(EnvironmentSetModel environments, string name)
    {
        for (var i = 0; i < environments.Environments.Count; i++)
        {
            if (environments.Environments[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Declaration ids of every job <paramref name="job"/> waits for, directly or through other jobs.</summary>
    private static HashSet<string> TransitiveNeeds(WorkflowModel workflow, JobModel job)
    {
        var byId = workflow.Jobs.GroupBy(j => j.DeclarationId).ToDictionary(g => g.Key, g => g.First());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(job.Needs);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (seen.Add(id) && byId.TryGetValue(id, out var needed))
            {
                foreach (var next in needed.Needs)
                {
                    pending.Push(next);
                }
            }
        }

        return seen;
    }
}
