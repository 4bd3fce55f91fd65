using System.Globalization;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Deployments.Validation;
using Spectra.Generators.Yaml;

namespace Spectra.Generators.Deployments.Rendering;

/// <summary>The Deployment and the CronJobs: both run the service's image with the same hardened pod spec.</summary>
internal static class WorkloadWriter
{
    public static void Deployment(YamlWriter yaml, ServiceModel service, ServiceInstance instance)
    {
        var workload = instance.Workload;
        var labels = DeploymentLabels.All(service.Name, instance);
        ManifestRenderer.Start(yaml, "apps/v1", "Deployment");
        ManifestRenderer.Metadata(yaml, service.Name, instance, labels);
        yaml.Key("spec");
        yaml.StartMap();
        if (workload.Autoscaling is null)
        {
            yaml.Pair("replicas", workload.Replicas);
        }

        yaml.Key("selector");
        yaml.StartMap();
        DeploymentLabels.Write(yaml, "matchLabels", DeploymentLabels.Selector(service.Name, service.Name));
        yaml.EndMap();
        yaml.Key("template");
        yaml.StartMap();
        yaml.Key("metadata");
        yaml.StartMap();
        DeploymentLabels.Write(yaml, "labels", labels);
        yaml.EndMap();
        yaml.Key("spec");
        PodSpec(yaml, service, instance, service.Name, command: default, restartPolicy: null, withProbes: true);
        yaml.EndMap();
        yaml.EndMap();
        yaml.EndMap();
    }

    public static void CronJob(YamlWriter yaml, ServiceModel service, ServiceInstance instance, CronJobModel job)
    {
        var name = NameRules.CronJobName(service.Name, job.Name);
        var labels = DeploymentLabels.All(service.Name, instance, name); // its own name: the Service must not route to job pods
        ManifestRenderer.Start(yaml, "batch/v1", "CronJob");
        ManifestRenderer.Metadata(yaml, name, instance, labels);
        yaml.Key("spec");
        yaml.StartMap();
        yaml.Pair("schedule", job.Schedule);
        yaml.Pair("timeZone", job.TimeZone);
        yaml.Pair("concurrencyPolicy", job.ConcurrencyPolicy);
        yaml.Key("jobTemplate");
        yaml.StartMap();
        yaml.Key("spec");
        yaml.StartMap();
        yaml.Pair("backoffLimit", job.BackoffLimit);
        yaml.Key("template");
        yaml.StartMap();
        yaml.Key("metadata");
        yaml.StartMap();
        DeploymentLabels.Write(yaml, "labels", labels);
        yaml.EndMap();
        yaml.Key("spec");
        PodSpec(yaml, service, instance, job.Name, job.Command, restartPolicy: "Never", withProbes: false);
        yaml.EndMap();
        yaml.EndMap();
        yaml.EndMap();
        yaml.EndMap();
        yaml.EndMap();
    }

    private static void PodSpec(YamlWriter yaml, ServiceModel service, ServiceInstance instance, string containerName, Common.EquatableArray<string> command, string? restartPolicy, bool withProbes)
    {
        var workload = instance.Workload;
        var security = workload.Security;
        yaml.StartMap();
        yaml.Pair("restartPolicy", restartPolicy);
        yaml.Pair("serviceAccountName", workload.ServiceAccount?.Name);
        yaml.Pair("automountServiceAccountToken", workload.ServiceAccount?.MountToken is not null);
        yaml.Key("securityContext");
        yaml.StartMap();
        yaml.Pair("runAsNonRoot", security.RunAsRoot is null ? true : null);
        yaml.Pair("runAsUser", security.RunAsUser);
        yaml.Pair("runAsGroup", security.RunAsGroup);
        yaml.Pair("fsGroup", security.FsGroup);
        yaml.EndMap();
        yaml.Key("containers");
        yaml.StartList();
        yaml.StartMap();
        yaml.Pair("name", containerName);
        yaml.Pair("image", workload.Image?.Reference);
        yaml.Pair("imagePullPolicy", workload.Image?.PullPolicy);
        if (!command.IsEmpty)
        {
            yaml.Key("command");
            yaml.StartList();
            foreach (var part in command)
            {
                yaml.String(part);
            }

            yaml.EndList();
        }

        if (withProbes)
        {
            ContainerWriter.Ports(yaml, workload);
        }

        ContainerWriter.Environment(yaml, service, workload);
        ContainerWriter.Resources(yaml, workload.Resources);
        if (withProbes)
        {
            ContainerWriter.Probe(yaml, "livenessProbe", workload.Probes.Liveness, instance);
            ContainerWriter.Probe(yaml, "readinessProbe", workload.Probes.Readiness, instance);
            ContainerWriter.Probe(yaml, "startupProbe", workload.Probes.Startup, instance);
        }

        ContainerWriter.SecurityContext(yaml, security);
        yaml.Key("volumeMounts");
        yaml.StartList();
        yaml.StartMap();
        yaml.Pair("name", "tmp");
        yaml.Pair("mountPath", "/tmp");
        yaml.EndMap();
        yaml.EndList();
        yaml.EndMap();
        yaml.EndList();
        yaml.Key("volumes");
        yaml.StartList();
        yaml.StartMap();
        yaml.Pair("name", "tmp");
        yaml.Key("emptyDir");
        yaml.EmptyMap();
        yaml.EndMap();
        yaml.EndList();
        yaml.EndMap();
    }

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
