using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Values;

namespace Spectra.Generators.Deployments.Rendering;

/// <summary>
/// A workload as Helm values: the shape the chart's templates read and values.schema.json describes. Built the same
/// way for the base settings (values.yaml) and for each environment, whose values file is the difference.
/// </summary>
internal static class ValuesTree
{
    public static MapValue Build(WorkloadModel workload, EquatableArray<LocatedPair> environmentLabels)
    {
        var root = new List<MapEntry> { new("global", Map()) };
        if (workload.Image is { } image)
        {
            root.Add(new("image", Map(("repository", Text(image.Repository)), ("tag", Text(image.Tag)), ("digest", Text(image.Digest)), ("pullPolicy", Text(image.PullPolicy)))));
        }

        Add(root, "replicaCount", Number(workload.Replicas));
        Add(root, "partOf", Text(workload.PartOf));
        var labels = environmentLabels.Concat(workload.Labels).GroupBy(l => l.Key).Select(g => (g.Key, (Value?)Text(g.Last().Value))).ToArray();
        Add(root, "labels", labels.Length == 0 ? null : Map(labels));
        Add(root, "ports", workload.Ports.IsEmpty ? null : List(workload.Ports.Select(p => Map(
            ("name", Text(p.Name)), ("containerPort", Number(p.Port)), ("servicePort", Number(p.ServicePort)), ("protocol", Text(p.Protocol))))));
        Add(root, "config", workload.Config.IsEmpty ? null : Map([.. workload.Config.Select(c => (c.Key, (Value?)Text(c.Value ?? "")))]));
        Add(root, "secretEnv", workload.Secrets.IsEmpty ? null : Map([.. workload.Secrets.Select(s => (s.Variable, (Value?)Map(("secret", Text(s.Secret ?? "")), ("key", Text(s.Key ?? "")))))]));
        Add(root, "resources", Resources(workload.Resources));
        Add(root, "probes", Probes(workload));
        root.Add(new("security", Security(workload)));
        Add(root, "autoscaling", workload.Autoscaling is { } hpa
            ? Map(("minReplicas", Number(hpa.MinReplicas)), ("maxReplicas", Number(hpa.MaxReplicas)), ("cpuUtilization", Number(hpa.CpuUtilization)), ("memoryUtilization", Number(hpa.MemoryUtilization)))
            : null);
        Add(root, "podDisruptionBudget", workload.Disruption is { } pdb ? Map(("minAvailable", Number(pdb.MinAvailable)), ("maxUnavailable", Number(pdb.MaxUnavailable))) : null);
        Add(root, "ingress", workload.Ingress is { } ingress
            ? Map(
                ("className", Text(ingress.ClassName)),
                ("host", Text(ingress.Host ?? "")),
                ("paths", List(ingress.Paths.Select(p => (Value)Text(p.Text)!))),
                ("port", Text(ingress.Port ?? workload.DefaultPortName ?? "")),
                ("tlsSecret", Text(ingress.TlsSecret)),
                ("annotations", Pairs(ingress.Annotations)))
            : null);
        Add(root, "serviceAccount", workload.ServiceAccount is { } account ? Map(("name", Text(account.Name)), ("annotations", Pairs(account.Annotations))) : null);
        Add(root, "networkPolicy", workload.Network is { } network ? Map(("allowFrom", Peers(network.AllowFrom)), ("allowTo", Peers(network.AllowTo))) : null);
        Add(root, "cronJobs", workload.CronJobs.IsEmpty ? null : List(workload.CronJobs.Select(j => Map(
            ("name", Text(j.Name)),
            ("schedule", Text(j.Schedule)),
            ("timeZone", Text(j.TimeZone)),
            ("concurrencyPolicy", Text(j.ConcurrencyPolicy)),
            ("backoffLimit", Number(j.BackoffLimit)),
            ("command", j.Command.IsEmpty ? null : List(j.Command.Select(c => (Value)Text(c)!)))))));
        return new MapValue(root.ToEquatableArray());
    }

    /// <summary>What <paramref name="environment"/> changes over <paramref name="defaults"/>: maps key by key, anything else whole.</summary>
    public static MapValue Difference(MapValue environment, MapValue defaults)
    {
        var entries = new List<MapEntry>();
        foreach (var entry in environment.Entries)
        {
            var original = defaults.Entries.FirstOrDefault(e => e.Key == entry.Key)?.Value;
            if (original is MapValue originalMap && entry.Value is MapValue map)
            {
                var inner = Difference(map, originalMap);
                if (!inner.Entries.IsEmpty)
                {
                    entries.Add(new MapEntry(entry.Key, inner));
                }
            }
            else if (!entry.Value.Equals(original))
            {
                entries.Add(entry);
            }
        }

        return new MapValue(entries.ToEquatableArray());
    }

    private static MapValue? Resources(ResourcesModel resources)
    {
        var requests = Quantities(resources.CpuRequest, resources.MemoryRequest, resources.StorageRequest);
        var limits = Quantities(resources.CpuLimit, resources.MemoryLimit, resources.StorageLimit);
        return requests is null && limits is null ? null : Map(("requests", requests), ("limits", limits));
    }

    private static MapValue? Quantities(QuantityModel? cpu, QuantityModel? memory, QuantityModel? storage) =>
        cpu is null && memory is null && storage is null ? null : Map(("cpu", Text(cpu?.Text)), ("memory", Text(memory?.Text)), ("ephemeral-storage", Text(storage?.Text)));

    private static MapValue? Probes(WorkloadModel workload)
    {
        if (workload.Probes.All.IsEmpty)
        {
            return null;
        }

        return Map([.. workload.Probes.All.Select(p => (p.Kind.ToLowerInvariant(), (Value?)Map(
            ("path", Text(p.HttpPath)),
            ("port", Text(p.Port ?? workload.DefaultPortName ?? "")),
            ("initialDelaySeconds", Number(p.InitialDelaySeconds)),
            ("periodSeconds", Number(p.PeriodSeconds)),
            ("timeoutSeconds", Number(p.TimeoutSeconds)),
            ("failureThreshold", Number(p.FailureThreshold)))))]);
    }

    private static MapValue Security(WorkloadModel workload)
    {
        var security = workload.Security;
        return Map(
            ("runAsNonRoot", new BoolValue(security.RunAsRoot is null)),
            ("runAsUser", Number(security.RunAsUser)),
            ("runAsGroup", Number(security.RunAsGroup)),
            ("fsGroup", Number(security.FsGroup)),
            ("readOnlyRootFilesystem", new BoolValue(security.WritableRootFilesystem is null)),
            ("allowPrivilegeEscalation", new BoolValue(security.PrivilegeEscalation is not null)),
            ("dropAllCapabilities", new BoolValue(security.DefaultCapabilities is null)),
            ("seccompProfile", Text(security.Unconfined is null ? "RuntimeDefault" : "Unconfined")),
            ("automountServiceAccountToken", new BoolValue(workload.ServiceAccount?.MountToken is not null)));
    }

    private static ListValue Peers(EquatableArray<NetworkPeerModel> peers) => List(peers.Select(p => Map(
        ("namespace", Text(p.Namespace)),
        ("podLabels", Pairs(p.PodLabels)),
        ("cidr", Text(p.Cidr)),
        ("ports", p.Ports.IsEmpty ? null : List(p.Ports.Select(port => (Value)Number(port)!))))));

    private static MapValue? Pairs(EquatableArray<LocatedPair> pairs) =>
        pairs.IsEmpty ? null : Map([.. pairs.Select(p => (p.Key, (Value?)Text(p.Value)))]);

    private static void Add(List<MapEntry> entries, string key, Value? value)
    {
        if (value is not null)
        {
            entries.Add(new MapEntry(key, value));
        }
    }

    private static MapValue Map(params (string Key, Value? Value)[] entries) =>
        new(entries.Where(e => e.Value is not null).Select(e => new MapEntry(e.Key, e.Value!)).ToEquatableArray());

    private static ListValue List(IEnumerable<Value> items) => new(items.ToEquatableArray());

    private static StringValue? Text(string? text) => text is null ? null : new StringValue(text);

    private static NumberValue? Number(int? number) => number is { } n ? new NumberValue(n.ToString(CultureInfo.InvariantCulture)) : null;
}
