using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Yaml;

namespace Spectra.Generators.Deployments.Rendering;

/// <summary>The parts of a container: ports, environment, resources, probes and its hardened security context.</summary>
internal static class ContainerWriter
{
    public static void Ports(YamlWriter yaml, WorkloadModel workload)
    {
        if (workload.Ports.IsEmpty)
        {
            return;
        }

        yaml.Key("ports");
        yaml.StartList();
        foreach (var port in workload.Ports)
        {
            yaml.StartMap();
            yaml.Pair("name", port.Name);
            yaml.Pair("containerPort", port.Port);
            yaml.Pair("protocol", port.Protocol);
            yaml.EndMap();
        }

        yaml.EndList();
    }

    public static void Environment(YamlWriter yaml, ServiceModel service, WorkloadModel workload)
    {
        if (!workload.Config.IsEmpty)
        {
            yaml.Key("envFrom");
            yaml.StartList();
            yaml.StartMap();
            yaml.Key("configMapRef");
            yaml.StartMap();
            yaml.Pair("name", ManifestRenderer.ConfigMapName(service));
            yaml.EndMap();
            yaml.EndMap();
            yaml.EndList();
        }

        if (workload.Secrets.IsEmpty)
        {
            return;
        }

        yaml.Key("env");
        yaml.StartList();
        foreach (var secret in workload.Secrets)
        {
            yaml.StartMap();
            yaml.Pair("name", secret.Variable);
            yaml.Key("valueFrom");
            yaml.StartMap();
            yaml.Key("secretKeyRef");
            yaml.StartMap();
            yaml.Pair("name", secret.Secret ?? "");
            yaml.Pair("key", secret.Key ?? "");
            yaml.EndMap();
            yaml.EndMap();
            yaml.EndMap();
        }

        yaml.EndList();
    }

    public static void Resources(YamlWriter yaml, ResourcesModel resources)
    {
        if (!resources.HasRequests && !resources.HasLimits)
        {
            return;
        }

        yaml.Key("resources");
        yaml.StartMap();
        Quantities(yaml, "requests", resources.CpuRequest, resources.MemoryRequest, resources.StorageRequest);
        Quantities(yaml, "limits", resources.CpuLimit, resources.MemoryLimit, resources.StorageLimit);
        yaml.EndMap();
    }

    public static void Probe(YamlWriter yaml, string key, ProbeModel? probe, ServiceInstance instance)
    {
        if (probe is null)
        {
            return;
        }

        yaml.Key(key);
        yaml.StartMap();
        yaml.Key("httpGet");
        yaml.StartMap();
        yaml.Pair("path", probe.HttpPath);
        yaml.Pair("port", ManifestRenderer.PortName(instance, probe.Port));
        yaml.EndMap();
        yaml.Pair("initialDelaySeconds", probe.InitialDelaySeconds);
        yaml.Pair("periodSeconds", probe.PeriodSeconds);
        yaml.Pair("timeoutSeconds", probe.TimeoutSeconds);
        yaml.Pair("failureThreshold", probe.FailureThreshold);
        yaml.EndMap();
    }

    public static void SecurityContext(YamlWriter yaml, SecurityModel security)
    {
        yaml.Key("securityContext");
        yaml.StartMap();
        yaml.Pair("runAsNonRoot", security.RunAsRoot is null ? true : null);
        yaml.Pair("readOnlyRootFilesystem", security.WritableRootFilesystem is null);
        yaml.Pair("allowPrivilegeEscalation", security.PrivilegeEscalation is not null);
        yaml.Pair("privileged", false);
        if (security.DefaultCapabilities is null)
        {
            yaml.Key("capabilities");
            yaml.StartMap();
            yaml.Key("drop");
            yaml.StartList();
            yaml.String("ALL");
            yaml.EndList();
            yaml.EndMap();
        }

        yaml.Key("seccompProfile");
        yaml.StartMap();
        yaml.Pair("type", security.Unconfined is null ? "RuntimeDefault" : "Unconfined");
        yaml.EndMap();
        yaml.EndMap();
    }

    private static void Quantities(YamlWriter yaml, string key, QuantityModel? cpu, QuantityModel? memory, QuantityModel? storage)
    {
        if (cpu is null && memory is null && storage is null)
        {
            return;
        }

        yaml.Key(key);
        yaml.StartMap();
        yaml.Pair("cpu", cpu?.Text);
        yaml.Pair("memory", memory?.Text);
        yaml.Pair("ephemeral-storage", storage?.Text);
        yaml.EndMap();
    }
}
