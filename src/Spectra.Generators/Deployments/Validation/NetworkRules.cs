using System.Collections.Generic;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Deployments.Validation;

/// <summary>Each network peer names pods (namespace and/or labels) or an IP block, not both and not neither.</summary>
internal static class NetworkRules
{
    public static void Check(ServiceInstance instance, List<Issue> issues)
    {
        if (instance.Workload.Network is not { } network)
        {
            return;
        }

        foreach (var peer in network.AllowFrom)
        {
            CheckPeer(peer, issues);
        }

        foreach (var peer in network.AllowTo)
        {
            CheckPeer(peer, issues);
        }
    }

    private static void CheckPeer(NetworkPeerModel peer, List<Issue> issues)
    {
        var selectsPods = peer.Namespace is not null || !peer.PodLabels.IsEmpty;
        var problem = selectsPods && peer.Cidr is not null ? "declare either Namespace/PodLabels or Cidr, not both"
            : !selectsPods && peer.Cidr is null ? "declare Namespace, PodLabels or Cidr (an empty peer would allow everything)"
            : peer.Cidr is { } cidr && !IsCidr(cidr) ? $"'{cidr}' is not CIDR notation such as 10.0.0.0/8"
            : null;
        if (problem is not null)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.InvalidNetworkPeer, peer.Cidr is not null && selectsPods is false ? Models.Field(peer.Path, "Cidr") : peer.Path, problem));
        }

        foreach (var label in peer.PodLabels)
        {
            NameRules.CheckLabel(label, issues);
        }
    }

    private static bool IsCidr(string text)
    {
        var slash = text.IndexOf('/');
        if (slash < 0 || !System.Net.IPAddress.TryParse(text.Substring(0, slash), out var address) ||
            !int.TryParse(text.Substring(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bits))
        {
            return false;
        }

        return bits <= (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 128 : 32);
    }
}
