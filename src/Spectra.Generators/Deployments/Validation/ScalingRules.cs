using System.Collections.Generic;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Deployments.Validation;

/// <summary>Replicas, the autoscaler's range and targets, and a disruption budget that still lets nodes drain.</summary>
internal static class ScalingRules
{
    public static void Check(ServiceModel service, ServiceInstance instance, List<Issue> issues)
    {
        var workload = instance.Workload;
        var environment = instance.Environment.Id;
        if (workload.Autoscaling is { } hpa)
        {
            var problem = hpa.MaxReplicas is null ? "MaxReplicas is required"
                : hpa.MinReplicas is < 1 ? "MinReplicas must be at least 1"
                : hpa.MinReplicas > hpa.MaxReplicas ? $"MinReplicas {hpa.MinReplicas} is greater than MaxReplicas {hpa.MaxReplicas}"
                : hpa.CpuUtilization is null && hpa.MemoryUtilization is null ? "declare a CpuUtilization or MemoryUtilization target"
                : hpa.CpuUtilization is < 1 || hpa.MemoryUtilization is < 1 ? "utilization targets must be at least 1 percent"
                : null;
            if (problem is not null)
            {
                var at = hpa.MinReplicas is < 1 || hpa.MinReplicas > hpa.MaxReplicas ? hpa.MinReplicasPath : hpa.Path;
                issues.Add(Issue.Create(DiagnosticDescriptors.InvalidAutoscalingRange, at, service.Name, environment, problem));
            }

            if (hpa.CpuUtilization is not null && workload.Resources.CpuRequest is null)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.UtilizationWithoutRequest, Models.Field(hpa.Path, "CpuUtilization"), "cpu", service.Name, environment));
            }

            if (hpa.MemoryUtilization is not null && workload.Resources.MemoryRequest is null)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.UtilizationWithoutRequest, Models.Field(hpa.Path, "MemoryUtilization"), "memory", service.Name, environment));
            }

            if (workload.Replicas is not null)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.ReplicasIgnoredByAutoscaling, workload.ReplicasPath, service.Name, environment));
            }
        }

        if (workload.Disruption is { } pdb)
        {
            CheckDisruption(service, instance, pdb, issues);
        }
    }

    private static void CheckDisruption(ServiceModel service, ServiceInstance instance, DisruptionModel pdb, List<Issue> issues)
    {
        var environment = instance.Environment.Id;
        var workload = instance.Workload;
        var fewestPods = workload.Autoscaling?.MinReplicas ?? workload.Replicas ?? 1;
        var problem = (pdb.MinAvailable, pdb.MaxUnavailable) switch
        {
            (null, null) => "declare MinAvailable or MaxUnavailable",
            (not null, not null) => "declare only one of MinAvailable and MaxUnavailable",
            (_, <= 0) => "MaxUnavailable is 0",
            ({ } min, _) when min >= fewestPods => $"MinAvailable {min} is not below the {fewestPods} pod(s) the service may run with",
            _ => null,
        };
        if (problem is not null)
        {
            var path = pdb.MaxUnavailable is not null && pdb.MinAvailable is null ? Models.Field(pdb.Path, "MaxUnavailable")
                : pdb.MinAvailable is not null && pdb.MaxUnavailable is null ? Models.Field(pdb.Path, "MinAvailable")
                : pdb.Path;
            issues.Add(Issue.Create(DiagnosticDescriptors.DisruptionBudgetBlocksEviction, path, service.Name, environment, problem));
        }
    }
}
