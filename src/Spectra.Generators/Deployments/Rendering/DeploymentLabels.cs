using System.Collections.Generic;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Yaml;

namespace Spectra.Generators.Deployments.Rendering;

/// <summary>
/// Labels come from one place: the selector (name + instance) is a subset of every object's labels, so Services,
/// PodDisruptionBudgets and NetworkPolicies always select exactly the Deployment's pods.
/// </summary>
internal static class DeploymentLabels
{
    public static List<KeyValuePair<string, string>> Selector(string name, string instance) =>
    [
        new("app.kubernetes.io/name", name),
        new("app.kubernetes.io/instance", instance),
    ];

    /// <summary>The recommended app.kubernetes.io labels, the environment's labels, then the service's own.</summary>
    public static List<KeyValuePair<string, string>> All(string service, ServiceInstance instance, string? name = null)
    {
        var workload = instance.Workload;
        var labels = Selector(name ?? service, service);
        if (workload.PartOf is { } partOf)
        {
            labels.Add(new("app.kubernetes.io/part-of", partOf));
        }

        if (workload.Image?.Tag is { } tag)
        {
            labels.Add(new("app.kubernetes.io/version", tag));
        }

        foreach (var label in instance.Environment.Labels)
        {
            Set(labels, label.Key, label.Value);
        }

        foreach (var label in workload.Labels)
        {
            Set(labels, label.Key, label.Value);
        }

        return labels;
    }

    public static void Write(YamlWriter yaml, string key, List<KeyValuePair<string, string>> labels)
    {
        yaml.Key(key);
        yaml.StartMap();
        foreach (var label in labels)
        {
            yaml.UserKey(label.Key);
            yaml.String(label.Value);
        }

        yaml.EndMap();
    }

    private static void Set(List<KeyValuePair<string, string>> labels, string key, string value)
    {
        var index = labels.FindIndex(l => l.Key == key);
        if (index >= 0)
        {
            labels[index] = new(key, value);
        }
        else
        {
            labels.Add(new(key, value));
        }
    }
}
