using System.Collections.Generic;

namespace Spectra;

/// <summary>An Ingress (networking.k8s.io/v1) routing one host to the service, with TLS.</summary>
public sealed record IngressSettings
{
    /// <summary>The fully qualified host name, e.g. <c>api.example.com</c>; usually differs per environment.</summary>
    public string? Host { get; init; }

    /// <summary>Path prefixes routed to the service, each starting with '/'. Defaults to <c>/</c>.</summary>
    public IReadOnlyList<string>? Paths { get; init; }

    /// <summary>The IngressClass, e.g. <c>nginx</c>.</summary>
    public string? ClassName { get; init; }

    /// <summary>The Secret holding the host's certificate (often written by cert-manager). Without it the Ingress serves plain HTTP.</summary>
    public string? TlsSecret { get; init; }

    /// <summary>The name of the declared port to route to. Defaults to the first port.</summary>
    public string? Port { get; init; }

    /// <summary>Annotations for the ingress controller or cert-manager, e.g. <c>cert-manager.io/cluster-issuer</c>.</summary>
    public Dictionary<string, string>? Annotations { get; init; }
}

/// <summary>A ServiceAccount created for the service.</summary>
public sealed record ServiceAccountSettings
{
    /// <summary>The account's name. Defaults to the service name.</summary>
    public string? Name { get; init; }

    /// <summary>Annotations, e.g. a cloud workload identity binding.</summary>
    public Dictionary<string, string>? Annotations { get; init; }

    /// <summary>
    /// Mounts the account's API token into the pods. Off by default: most services never call the Kubernetes API,
    /// and a mounted token is a credential an attacker can use. Turning it on requires a reason.
    /// </summary>
    public OptOut? MountToken { get; init; }
}

/// <summary>Traffic allowed in and out of the service's pods; everything else is denied (DNS is always allowed out).</summary>
public sealed record NetworkSettings
{
    /// <summary>Who may connect to the service's ports.</summary>
    public IReadOnlyList<NetworkPeer>? AllowFrom { get; init; }

    /// <summary>Where the pods may connect to.</summary>
    public IReadOnlyList<NetworkPeer>? AllowTo { get; init; }
}

/// <summary>A peer of a network rule: pods (by namespace and labels) or an IP block.</summary>
public sealed record NetworkPeer
{
    /// <summary>The peer's namespace name (matched through <c>kubernetes.io/metadata.name</c>).</summary>
    public string? Namespace { get; init; }

    /// <summary>Labels of the peer pods.</summary>
    public Dictionary<string, string>? PodLabels { get; init; }

    /// <summary>An IP block in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public string? Cidr { get; init; }

    /// <summary>TCP ports the rule allows (outbound rules). Defaults to every port.</summary>
    public IReadOnlyList<int>? Ports { get; init; }
}
