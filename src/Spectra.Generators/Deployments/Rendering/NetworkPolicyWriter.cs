using Spectra.Generators.Common;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Yaml;

namespace Spectra.Generators.Deployments.Rendering;

/// <summary>
/// One NetworkPolicy per service: it selects the service's pods and lists both policy types, so everything not
/// declared is denied in and out; DNS stays allowed out, or no name would resolve.
/// </summary>
internal static class NetworkPolicyWriter
{
    public static void Write(YamlWriter yaml, ServiceModel service, ServiceInstance instance, NetworkModel network)
    {
        ManifestRenderer.Start(yaml, "networking.k8s.io/v1", "NetworkPolicy");
        ManifestRenderer.Metadata(yaml, service.Name, instance, DeploymentLabels.All(service.Name, instance));
        yaml.Key("spec");
        yaml.StartMap();
        yaml.Key("podSelector");
        yaml.StartMap();
        DeploymentLabels.Write(yaml, "matchLabels", DeploymentLabels.Selector(service.Name, service.Name));
        yaml.EndMap();
        yaml.Key("policyTypes");
        yaml.StartList();
        yaml.String("Ingress");
        yaml.String("Egress");
        yaml.EndList();
        yaml.Key("ingress");
        yaml.StartList();
        foreach (var peer in network.AllowFrom)
        {
            yaml.StartMap();
            Peer(yaml, "from", peer);
            yaml.Key("ports");
            yaml.StartList();
            foreach (var port in instance.Workload.Ports)
            {
                yaml.StartMap();
                yaml.Pair("port", port.Port);
                yaml.Pair("protocol", port.Protocol);
                yaml.EndMap();
            }

            yaml.EndList();
            yaml.EndMap();
        }

        yaml.EndList();
        yaml.Key("egress");
        yaml.StartList();
        yaml.StartMap();
        yaml.Key("ports");
        yaml.StartList();
        foreach (var protocol in new[] { "UDP", "TCP" })
        {
            yaml.StartMap();
            yaml.Pair("port", 53);
            yaml.Pair("protocol", protocol);
            yaml.EndMap();
        }

        yaml.EndList();
        yaml.EndMap();
        foreach (var peer in network.AllowTo)
        {
            yaml.StartMap();
            Peer(yaml, "to", peer);
            if (!peer.Ports.IsEmpty)
            {
                yaml.Key("ports");
                yaml.StartList();
                foreach (var port in peer.Ports)
                {
                    yaml.StartMap();
                    yaml.Pair("port", port);
                    yaml.Pair("protocol", "TCP");
                    yaml.EndMap();
                }

                yaml.EndList();
            }

            yaml.EndMap();
        }

        yaml.EndList();
        yaml.EndMap();
        yaml.EndMap();
    }

    private static void Peer(YamlWriter yaml, string key, NetworkPeerModel peer)
    {
        yaml.Key(key);
        yaml.StartList();
        yaml.StartMap();
        if (peer.Cidr is { } cidr)
        {
            yaml.Key("ipBlock");
            yaml.StartMap();
            yaml.Pair("cidr", cidr);
            yaml.EndMap();
        }

        if (peer.Namespace is { } ns)
        {
            yaml.Key("namespaceSelector");
            yaml.StartMap();
            yaml.Key("matchLabels");
            yaml.StartMap();
            yaml.UserKey("kubernetes.io/metadata.name");
            yaml.String(ns);
            yaml.EndMap();
            yaml.EndMap();
        }

        if (!peer.PodLabels.IsEmpty)
        {
            yaml.Key("podSelector");
            yaml.StartMap();
            Labels(yaml, peer.PodLabels);
            yaml.EndMap();
        }

        yaml.EndMap();
        yaml.EndList();
    }

    private static void Labels(YamlWriter yaml, EquatableArray<LocatedPair> labels)
    {
        yaml.Key("matchLabels");
        yaml.StartMap();
        foreach (var label in labels)
        {
            yaml.UserKey(label.Key);
            yaml.String(label.Value);
        }

        yaml.EndMap();
    }
}
