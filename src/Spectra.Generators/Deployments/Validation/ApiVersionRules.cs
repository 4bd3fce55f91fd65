using System.Collections.Generic;
using System.Globalization;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Deployments.Validation;

/// <summary>
/// Spectra writes the current stable API versions; an environment whose cluster is older than the release that
/// made them stable (or that added a field Spectra writes) cannot accept the manifests.
/// </summary>
internal static class ApiVersionRules
{
    public static void Check(ServiceInstance instance, List<Issue> issues)
    {
        var environment = instance.Environment;
        if (!TryParseMinor(environment.KubernetesVersion, out var minor))
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.WrongValueType, Models.Field(environment.Path, "KubernetesVersion"), $"KubernetesVersion of environment '{environment.Id}'", "a version such as 1.31", "'" + environment.KubernetesVersion + "'"));
            return;
        }

        var workload = instance.Workload;
        Require(workload.Ingress is not null, "Ingress networking.k8s.io/v1", 19, minor, environment, issues);
        Require(workload.Disruption is not null, "PodDisruptionBudget policy/v1", 21, minor, environment, issues);
        Require(!workload.CronJobs.IsEmpty, "CronJob batch/v1", 21, minor, environment, issues);
        Require(workload.Autoscaling is not null, "HorizontalPodAutoscaler autoscaling/v2", 23, minor, environment, issues);
        foreach (var job in workload.CronJobs)
        {
            Require(job.TimeZone is not null, "CronJob spec.timeZone", 27, minor, environment, issues);
        }
    }

    private static void Require(bool used, string what, int sinceMinor, int minor, EnvironmentDefinition environment, List<Issue> issues)
    {
        if (used && minor < sinceMinor)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.ApiVersionNotServed, Models.Field(environment.Path, "KubernetesVersion"), what, "1." + sinceMinor.ToString(CultureInfo.InvariantCulture), environment.Id, environment.KubernetesVersion));
        }
    }

    private static bool TryParseMinor(string version, out int minor)
    {
        minor = 0;
        var parts = version.TrimStart('v').Split('.');
        return parts.Length is 2 or 3 && parts[0] == "1" && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minor);
    }
}
