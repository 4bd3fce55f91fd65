using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Workflows.Rendering;
using Spectra.Generators.Yaml;

namespace Spectra.Generators.Deployments.Rendering;

/// <summary>The Helm chart of one service: Chart.yaml, values.yaml, values-{env}.yaml, values.schema.json, templates.</summary>
internal static class ChartRenderer
{
    public static IEnumerable<(string Path, string Content)> Render(ServiceModel service, string generatorVersion)
    {
        var root = DeploymentLayout.Chart(service.Name);
        var header = Header.For(generatorVersion, service.TypeName);
        var defaults = ValuesTree.Build(service.Base!, default);
        var environments = service.Instances.Select(i => (i.Environment.Id, Tree: ValuesTree.Build(i.Workload, i.Environment.Labels))).ToList();

        yield return (root + "/Chart.yaml", header + ChartYaml(service));
        yield return (root + "/values.yaml", header + Yaml(defaults));
        foreach (var (id, tree) in environments)
        {
            yield return (root + "/values-" + id + ".yaml", header + Yaml(ValuesTree.Difference(tree, defaults)));
        }

        yield return (root + "/values.schema.json", SchemaRenderer.Render(service.Name, defaults, environments.Select(e => e.Tree), header.TrimStart('#', ' ').TrimEnd('\n')));
        var templateHeader = "{{/* " + header.TrimStart('#', ' ').TrimEnd('\n') + " */}}\n";
        foreach (var (name, text) in Templates)
        {
            yield return (root + "/templates/" + name, templateHeader + text + "\n");
        }
    }

    private static readonly (string Name, string Text)[] Templates =
    [
        ("_helpers.tpl", ChartTemplates.Helpers),
        ("serviceaccount.yaml", ChartTemplates.ServiceAccount),
        ("configmap.yaml", ChartTemplates.ConfigMap),
        ("deployment.yaml", ChartTemplates.Deployment),
        ("service.yaml", ChartTemplates.Service),
        ("ingress.yaml", ChartTemplates.Ingress),
        ("hpa.yaml", ChartTemplates.Autoscaler),
        ("pdb.yaml", ChartTemplates.DisruptionBudget),
        ("networkpolicy.yaml", ChartTemplates.NetworkPolicy),
        ("cronjobs.yaml", ChartTemplates.CronJobs),
    ];

    private static string ChartYaml(ServiceModel service)
    {
        using var yaml = new YamlWriter();
        yaml.StartMap();
        yaml.Pair("apiVersion", "v2");
        yaml.Pair("name", service.Name);
        yaml.Pair("description", $"{service.Name}, declared in {service.TypeName}");
        yaml.Pair("type", "application");
        yaml.Pair("version", "1.0.0");
        yaml.Pair("appVersion", service.Base?.Image?.Tag ?? service.Base?.Image?.Digest ?? "unversioned");
        yaml.EndMap();
        return yaml.Finish();
    }

    private static string Yaml(Values.MapValue values)
    {
        using var yaml = new YamlWriter();
        if (values.Entries.IsEmpty)
        {
            yaml.EmptyMap();
        }
        else
        {
            ValueWriter.Write(yaml, values);
        }

        return yaml.Finish();
    }
}

/// <summary>Where the deployment side's files go (relative to the repository root).</summary>
internal static class DeploymentLayout
{
    public static string Manifests(string service, string environment) => $"deploy/{service}/{environment}/manifests.yaml";

    public static string Chart(string service) => "deploy/charts/" + service;

    public static string Application(string environment, string service) => $"deploy/argocd/{environment}/{service}.yaml";

    public static string Root(string environment) => $"deploy/argocd/{environment}.yaml";
}
