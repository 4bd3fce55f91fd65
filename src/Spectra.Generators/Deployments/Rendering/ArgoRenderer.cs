using System.Collections.Generic;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Workflows.Rendering;
using Spectra.Generators.Yaml;

namespace Spectra.Generators.Deployments.Rendering;

/// <summary>
/// Argo CD Applications: one per service and environment (the chart with values.yaml + values-{env}.yaml + the
/// environment's release file, into the environment's namespace and cluster), and per environment an app-of-apps root
/// that syncs that environment's folder.
/// </summary>
internal static class ArgoRenderer
{
    public static string Application(ServiceModel service, EnvironmentDefinition environment, GitOpsModel gitOps, string generatorVersion, DeploymentLayout layout)
    {
        using var yaml = new YamlWriter();
        Start(yaml, service.Name + "-" + environment.Id, gitOps, environment, service.Name);
        yaml.Key("source");
        yaml.StartMap();
        yaml.Pair("repoURL", gitOps.Url);
        yaml.Pair("targetRevision", gitOps.Revision);
        yaml.Pair("path", layout.Chart(service.Name));
        yaml.Key("helm");
        yaml.StartMap();
        yaml.Pair("releaseName", service.Name);
        yaml.Key("valueFiles");
        yaml.StartList();
        yaml.String("values.yaml");
        yaml.String("values-" + environment.Id + ".yaml");
        yaml.String(DeploymentLayout.ReleaseFromChart(service.Name, environment.Id)); // last: the promoted image wins
        yaml.EndList();

        // The release file exists only once an image has been promoted to the environment; until then the chart's tag applies.
        yaml.Pair("ignoreMissingValueFiles", true);
        yaml.EndMap();
        yaml.EndMap();
        Finish(yaml, environment.Cluster, environment.Namespace, environment.AutoSync, createNamespace: true);
        return Header.For(generatorVersion, service.TypeName) + yaml.Finish();
    }

    public static string Root(EnvironmentDefinition environment, GitOpsModel gitOps, string declaringType, string generatorVersion, DeploymentLayout layout)
    {
        using var yaml = new YamlWriter();
        Start(yaml, "apps-" + environment.Id, gitOps, environment, service: null);
        yaml.Key("source");
        yaml.StartMap();
        yaml.Pair("repoURL", gitOps.Url);
        yaml.Pair("targetRevision", gitOps.Revision);
        yaml.Pair("path", layout.Applications(environment.Id));
        yaml.EndMap();

        // The children are Application objects, which live in Argo CD's own namespace on its own cluster. The root always
        // syncs: it only adds and removes Applications, and each child's own policy decides when it deploys.
        Finish(yaml, "https://kubernetes.default.svc", gitOps.ArgoNamespace, autoSync: true, createNamespace: false);
        return Header.For(generatorVersion, declaringType) + yaml.Finish();
    }

    private static void Start(YamlWriter yaml, string name, GitOpsModel gitOps, EnvironmentDefinition environment, string? service)
    {
        yaml.StartMap();
        yaml.Pair("apiVersion", "argoproj.io/v1alpha1");
        yaml.Pair("kind", "Application");
        yaml.Key("metadata");
        yaml.StartMap();
        yaml.Pair("name", name);
        yaml.Pair("namespace", gitOps.ArgoNamespace);
        var labels = new List<KeyValuePair<string, string>>();
        if (service is not null)
        {
            labels.Add(new("app.kubernetes.io/name", service));
        }

        labels.Add(new("app.kubernetes.io/managed-by", "spectra"));
        foreach (var label in environment.Labels)
        {
            labels.Add(new(label.Key, label.Value));
        }

        DeploymentLabels.Write(yaml, "labels", labels);
        yaml.Key("finalizers");
        yaml.StartList();
        yaml.String("resources-finalizer.argocd.argoproj.io"); // deleting the Application deletes what it deployed
        yaml.EndList();
        yaml.EndMap();
        yaml.Key("spec");
        yaml.StartMap();
        yaml.Pair("project", environment.ArgoProject);
    }

    private static void Finish(YamlWriter yaml, string server, string ns, bool autoSync, bool createNamespace)
    {
        yaml.Key("destination");
        yaml.StartMap();
        yaml.Pair("server", server);
        yaml.Pair("namespace", ns);
        yaml.EndMap();
        yaml.Key("syncPolicy");
        yaml.StartMap();
        if (autoSync)
        {
            yaml.Key("automated");
            yaml.StartMap();
            yaml.Pair("prune", true);
            yaml.Pair("selfHeal", true);
            yaml.EndMap();
        }

        if (createNamespace)
        {
            yaml.Key("syncOptions");
            yaml.StartList();
            yaml.String("CreateNamespace=true");
            yaml.EndList();
        }

        yaml.EndMap();
        yaml.EndMap();
        yaml.EndMap();
    }
}
