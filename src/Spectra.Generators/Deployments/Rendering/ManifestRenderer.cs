using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Deployments.Validation;
using Spectra.Generators.Workflows.Rendering;
using Spectra.Generators.Yaml;

namespace Spectra.Generators.Deployments.Rendering;

/// <summary>
/// Renders every Kubernetes object of one service in one environment as one multi-document file, in the order
/// <c>kubectl apply</c> needs them: identity and configuration before the workload that reads them.
/// </summary>
internal static class ManifestRenderer
{
    public static string Render(ServiceModel service, ServiceInstance instance, string generatorVersion)
    {
        using var yaml = new YamlWriter();
        var workload = instance.Workload;
        var first = true;
        void Next()
        {
            if (!first)
            {
                yaml.NextDocument();
            }

            first = false;
        }

        if (workload.ServiceAccount is { } account)
        {
            Next();
            ObjectWriter.ServiceAccount(yaml, service, instance, account);
        }

        if (!workload.Config.IsEmpty)
        {
            Next();
            ObjectWriter.ConfigMap(yaml, service, instance);
        }

        Next();
        WorkloadWriter.Deployment(yaml, service, instance);
        if (!workload.Ports.IsEmpty)
        {
            Next();
            ObjectWriter.Service(yaml, service, instance);
        }

        if (workload.Ingress is { } ingress)
        {
            Next();
            ObjectWriter.Ingress(yaml, service, instance, ingress);
        }

        if (workload.Autoscaling is { } autoscaling)
        {
            Next();
            ObjectWriter.Autoscaler(yaml, service, instance, autoscaling);
        }

        if (workload.Disruption is { } disruption)
        {
            Next();
            ObjectWriter.DisruptionBudget(yaml, service, instance, disruption);
        }

        if (workload.Network is { } network)
        {
            Next();
            NetworkPolicyWriter.Write(yaml, service, instance, network);
        }

        foreach (var job in workload.CronJobs)
        {
            Next();
            WorkloadWriter.CronJob(yaml, service, instance, job);
        }

        return Header.For(generatorVersion, service.TypeName) + yaml.Finish();
    }

    public static void Metadata(YamlWriter yaml, string name, ServiceInstance instance, List<KeyValuePair<string, string>> labels, EquatableArray<LocatedPair> annotations = default)
    {
        yaml.Key("metadata");
        yaml.StartMap();
        yaml.Pair("name", name);
        yaml.Pair("namespace", instance.Environment.Namespace);
        DeploymentLabels.Write(yaml, "labels", labels);
        if (!annotations.IsEmpty)
        {
            DeploymentLabels.Write(yaml, "annotations", [.. annotations.Select(a => new KeyValuePair<string, string>(a.Key, a.Value))]);
        }

        yaml.EndMap();
    }

    public static void Start(YamlWriter yaml, string apiVersion, string kind)
    {
        yaml.StartMap();
        yaml.Pair("apiVersion", apiVersion);
        yaml.Pair("kind", kind);
    }

    public static string ConfigMapName(ServiceModel service) => NameRules.ConfigMapName(service.Name);

    public static string PortName(ServiceInstance instance, string? declared) => declared ?? instance.Workload.DefaultPortName ?? "http";
}
