using System.Collections.Generic;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Deployments.Validation;

/// <summary>
/// Names of the objects a service becomes, including names derived with a suffix (<c>{service}-config</c>,
/// <c>{service}-{job}</c> for CronJobs, whose names are capped at 52 characters), and labels.
/// </summary>
internal static class NameRules
{
    /// <summary>CronJob names are capped so that the Job names derived from them (11 more characters) stay valid.</summary>
    public const int CronJobNameLimit = 52;

    public static void CheckService(ServiceModel service, List<Issue> issues)
    {
        var name = service.Name;
        if (KubernetesNames.Dns1035Label(name) is { } problem)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.InvalidKubernetesName, service.NamePath, name, "Deployment and Service", problem));
        }
        else if (KubernetesNames.Dns1123Label(ConfigMapName(name)) is { } derived)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.InvalidKubernetesName, service.NamePath, ConfigMapName(name), "ConfigMap derived from the service name", derived));
        }

        // Helm caps release names at 53 characters; the chart name is also the release name Argo CD uses.
        if (name.Length > 53)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.InvalidChartName, service.NamePath, name, $"it has {name.Length} characters, more than Helm's 53 for a release name"));
        }
    }

    public static void CheckWorkload(ServiceModel service, ServiceInstance instance, List<Issue> issues)
    {
        var workload = instance.Workload;
        foreach (var job in workload.CronJobs)
        {
            var jobName = CronJobName(service.Name, job.Name);
            if (KubernetesNames.Dns1123Label(jobName, CronJobNameLimit) is { } problem)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.InvalidKubernetesName, Models.Field(job.Path, "Name"), jobName, "CronJob (the service name, '-' and the job name)", problem));
            }
        }

        if (workload.ServiceAccount is { } account && KubernetesNames.Dns1123Subdomain(account.Name) is { } accountProblem)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.InvalidKubernetesName, Models.Field(account.Path, "Name"), account.Name, "ServiceAccount", accountProblem));
        }

        foreach (var secret in workload.Secrets)
        {
            if (secret.Secret is { } name && KubernetesNames.Dns1123Subdomain(name) is { } secretProblem)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.InvalidKubernetesName, secret.Path, name, "Secret", secretProblem));
            }
        }

        if (workload.Ingress?.TlsSecret is { } tls && KubernetesNames.Dns1123Subdomain(tls) is { } tlsProblem)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.InvalidKubernetesName, Models.Field(workload.Ingress.Path, "TlsSecret"), tls, "TLS Secret", tlsProblem));
        }

        foreach (var label in workload.Labels)
        {
            CheckLabel(label, issues);
        }
    }

    public static void CheckLabel(LocatedPair label, List<Issue> issues)
    {
        if (KubernetesNames.LabelKey(label.Key) is { } keyProblem)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.InvalidLabel, label.Path, "key", label.Key, keyProblem));
        }
        else if (KubernetesNames.LabelValueProblem(label.Value) is { } valueProblem)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.InvalidLabel, label.Path, "value", label.Value, valueProblem));
        }
    }

    public static string ConfigMapName(string service) => service + "-config";

    public static string CronJobName(string service, string job) => service + "-" + job;
}
