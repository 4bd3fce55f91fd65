using System.Globalization;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Yaml;

namespace Spectra.Generators.Deployments.Rendering;

/// <summary>The objects around the workload: ServiceAccount, ConfigMap, Service, Ingress, HPA and PDB.</summary>
internal static class ObjectWriter
{
    public static void ServiceAccount(YamlWriter yaml, ServiceModel service, ServiceInstance instance, ServiceAccountModel account)
    {
        ManifestRenderer.Start(yaml, "v1", "ServiceAccount");
        ManifestRenderer.Metadata(yaml, account.Name, instance, DeploymentLabels.All(service.Name, instance), account.Annotations);
        yaml.Pair("automountServiceAccountToken", account.MountToken is not null);
        yaml.EndMap();
    }

    public static void ConfigMap(YamlWriter yaml, ServiceModel service, ServiceInstance instance)
    {
        ManifestRenderer.Start(yaml, "v1", "ConfigMap");
        ManifestRenderer.Metadata(yaml, ManifestRenderer.ConfigMapName(service), instance, DeploymentLabels.All(service.Name, instance));
        yaml.Key("data");
        yaml.StartMap();
        foreach (var entry in instance.Workload.Config)
        {
            yaml.UserKey(entry.Key);
            yaml.String(entry.Value ?? "");
        }

        yaml.EndMap();
        yaml.EndMap();
    }

    public static void Service(YamlWriter yaml, ServiceModel service, ServiceInstance instance)
    {
        ManifestRenderer.Start(yaml, "v1", "Service");
        ManifestRenderer.Metadata(yaml, service.Name, instance, DeploymentLabels.All(service.Name, instance));
        yaml.Key("spec");
        yaml.StartMap();
        yaml.Pair("type", "ClusterIP");
        DeploymentLabels.Write(yaml, "selector", DeploymentLabels.Selector(service.Name, service.Name));
        yaml.Key("ports");
        yaml.StartList();
        foreach (var port in instance.Workload.Ports)
        {
            yaml.StartMap();
            yaml.Pair("name", port.Name);
            yaml.Pair("port", port.ServicePort);
            yaml.Pair("targetPort", port.Name); // by name: the Service follows the container port if its number changes
            yaml.Pair("protocol", port.Protocol);
            yaml.EndMap();
        }

        yaml.EndList();
        yaml.EndMap();
        yaml.EndMap();
    }

    public static void Ingress(YamlWriter yaml, ServiceModel service, ServiceInstance instance, IngressModel ingress)
    {
        ManifestRenderer.Start(yaml, "networking.k8s.io/v1", "Ingress");
        ManifestRenderer.Metadata(yaml, service.Name, instance, DeploymentLabels.All(service.Name, instance), ingress.Annotations);
        yaml.Key("spec");
        yaml.StartMap();
        yaml.Pair("ingressClassName", ingress.ClassName);
        if (ingress.TlsSecret is { } secret)
        {
            yaml.Key("tls");
            yaml.StartList();
            yaml.StartMap();
            yaml.Key("hosts");
            yaml.StartList();
            yaml.String(ingress.Host ?? "");
            yaml.EndList();
            yaml.Pair("secretName", secret);
            yaml.EndMap();
            yaml.EndList();
        }

        yaml.Key("rules");
        yaml.StartList();
        yaml.StartMap();
        yaml.Pair("host", ingress.Host);
        yaml.Key("http");
        yaml.StartMap();
        yaml.Key("paths");
        yaml.StartList();
        foreach (var path in ingress.Paths)
        {
            yaml.StartMap();
            yaml.Pair("path", path.Text);
            yaml.Pair("pathType", "Prefix");
            yaml.Key("backend");
            yaml.StartMap();
            yaml.Key("service");
            yaml.StartMap();
            yaml.Pair("name", service.Name);
            yaml.Key("port");
            yaml.StartMap();
            yaml.Pair("name", ManifestRenderer.PortName(instance, ingress.Port));
            yaml.EndMap();
            yaml.EndMap();
            yaml.EndMap();
            yaml.EndMap();
        }

        yaml.EndList();
        yaml.EndMap();
        yaml.EndMap();
        yaml.EndList();
        yaml.EndMap();
        yaml.EndMap();
    }

    public static void Autoscaler(YamlWriter yaml, ServiceModel service, ServiceInstance instance, AutoscalingModel autoscaling)
    {
        ManifestRenderer.Start(yaml, "autoscaling/v2", "HorizontalPodAutoscaler");
        ManifestRenderer.Metadata(yaml, service.Name, instance, DeploymentLabels.All(service.Name, instance));
        yaml.Key("spec");
        yaml.StartMap();
        yaml.Key("scaleTargetRef");
        yaml.StartMap();
        yaml.Pair("apiVersion", "apps/v1");
        yaml.Pair("kind", "Deployment");
        yaml.Pair("name", service.Name);
        yaml.EndMap();
        yaml.Pair("minReplicas", autoscaling.MinReplicas);
        yaml.Pair("maxReplicas", autoscaling.MaxReplicas);
        yaml.Key("metrics");
        yaml.StartList();
        Metric(yaml, "cpu", autoscaling.CpuUtilization);
        Metric(yaml, "memory", autoscaling.MemoryUtilization);
        yaml.EndList();
        yaml.EndMap();
        yaml.EndMap();
    }

    public static void DisruptionBudget(YamlWriter yaml, ServiceModel service, ServiceInstance instance, DisruptionModel disruption)
    {
        ManifestRenderer.Start(yaml, "policy/v1", "PodDisruptionBudget");
        ManifestRenderer.Metadata(yaml, service.Name, instance, DeploymentLabels.All(service.Name, instance));
        yaml.Key("spec");
        yaml.StartMap();
        yaml.Pair("minAvailable", disruption.MinAvailable);
        yaml.Pair("maxUnavailable", disruption.MaxUnavailable);
        yaml.Key("selector");
        yaml.StartMap();
        DeploymentLabels.Write(yaml, "matchLabels", DeploymentLabels.Selector(service.Name, service.Name));
        yaml.EndMap();
        yaml.EndMap();
        yaml.EndMap();
    }

    private static void Metric(YamlWriter yaml, string resource, int? utilization)
    {
        if (utilization is not { } percent)
        {
            return;
        }

        yaml.StartMap();
        yaml.Pair("type", "Resource");
        yaml.Key("resource");
        yaml.StartMap();
        yaml.Pair("name", resource);
        yaml.Key("target");
        yaml.StartMap();
        yaml.Pair("type", "Utilization");
        yaml.Key("averageUtilization");
        yaml.Number(percent.ToString(CultureInfo.InvariantCulture));
        yaml.EndMap();
        yaml.EndMap();
        yaml.EndMap();
    }
}
