using System;
using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Deployments.Model;

namespace Spectra.Generators.Platform;

/// <summary>The policies about <c>[Service]</c> classes, checked on each environment's merged workload.</summary>
internal static class ServicePolicies
{
    /// <summary>What Kubernetes runs when a service sets no replica count: one pod, and an HPA minimum of one.</summary>
    private const int DefaultReplicas = 1;

    public static IEnumerable<(string Path, string Message)> Breaches(PolicyModel policy, ServiceModel service) => policy.Kind switch
    {
        OrgModelReader.MinReplicas => MinReplicas(policy, service),
        OrgModelReader.ResourceLimits => ResourceLimits(service),
        _ => [],
    };

    /// <summary>
    /// With autoscaling the HPA's minimum decides (the Deployment's replicas are not rendered); without it, Replicas.
    /// A value left to its default is reported where it would be set: the Autoscaling object, or the service class.
    /// </summary>
    private static IEnumerable<(string, string)> MinReplicas(PolicyModel policy, ServiceModel service)
    {
        var min = policy.MinReplicas ?? DefaultReplicas;
        foreach (var instance in service.Instances.Where(i => string.Equals(i.Environment.Name, policy.Environment, StringComparison.OrdinalIgnoreCase)))
        {
            var workload = instance.Workload;
            var (replicas, path, what) = workload.Autoscaling is { } autoscaling
                ? (autoscaling.MinReplicas, autoscaling.MinReplicas is null ? autoscaling.Path : autoscaling.MinReplicasPath, "Autoscaling.MinReplicas")
                : (workload.Replicas, workload.Replicas is null ? service.TypeName : workload.ReplicasPath, "Replicas");
            if ((replicas ?? DefaultReplicas) < min)
            {
                var value = replicas is null ? $"defaults to {DefaultReplicas}" : $"is {replicas}";
                yield return (path, $"Service '{service.Name}' in '{instance.Environment.Name}': {what} {value}, fewer than {min}");
            }
        }
    }

    /// <summary>One report per declaration that lacks the limit, naming every environment it leaves unlimited.</summary>
    private static IEnumerable<(string, string)> ResourceLimits(ServiceModel service) =>
        service.Instances
            .Where(instance => instance.Workload.Resources.MemoryLimit is null)
            .GroupBy(instance => instance.Workload.Resources.Path, StringComparer.Ordinal)
            .Select(group => (group.Key,
                $"Service '{service.Name}' sets no memory limit in {string.Join(", ", group.Select(i => "'" + i.Environment.Name + "'"))}: set Resources.Limits.Memory"));
}
