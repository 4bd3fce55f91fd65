using System.Collections.Generic;
using Spectra.Generators.Common;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Parsing;

namespace Spectra.Generators.Deployments.Parsing;

/// <summary>
/// Turns merged <c>ServiceSettings</c> values into a <see cref="WorkloadModel"/> with Spectra's defaults applied.
/// Reads happen on the merged value's paths; each stored path is translated to the declaration that supplied it.
/// </summary>
internal sealed partial class WorkloadParser(ValueReader reader, PathMap origins, string serviceName)
{
    /// <summary>The .NET images' non-root <c>app</c> user.</summary>
    public const int DefaultUser = 1654;

    public WorkloadModel Parse(ObjectValue settings, string path)
    {
        var ports = Ports(settings, path);
        var replicasPath = ValuePath.Field(path, "Replicas");
        return new WorkloadModel(
            Source(path),
            Image(reader.Object(settings, "Image", path), ValuePath.Field(path, "Image")),
            ports,
            Config(settings, path),
            Secrets(settings, path),
            Resources(reader.Object(settings, "Resources", path), ValuePath.Field(path, "Resources")),
            Probes(reader.Object(settings, "Probes", path), ValuePath.Field(path, "Probes")),
            reader.Int(settings, "Replicas", path),
            Source(replicasPath),
            Autoscaling(reader.Object(settings, "Autoscaling", path), ValuePath.Field(path, "Autoscaling")),
            Disruption(reader.Object(settings, "Disruption", path), ValuePath.Field(path, "Disruption")),
            Ingress(reader.Object(settings, "Ingress", path), ValuePath.Field(path, "Ingress")),
            ServiceAccount(reader.Object(settings, "ServiceAccount", path), ValuePath.Field(path, "ServiceAccount")),
            Network(reader.Object(settings, "Network", path), ValuePath.Field(path, "Network")),
            CronJobs(settings, path),
            Security(reader.Object(settings, "Security", path), ValuePath.Field(path, "Security")),
            reader.String(settings, "PartOf", path),
            Pairs(reader.Map(settings, "Labels", path), ValuePath.Field(path, "Labels")));
    }

    private string Source(string logicalPath) => origins.Resolve(logicalPath);

    private ImageModel? Image(ObjectValue? image, string path) => image is null
        ? null
        : new ImageModel(
            reader.String(image, "Repository", path) ?? "",
            reader.String(image, "Tag", path),
            reader.String(image, "Digest", path),
            reader.String(image, "PullPolicy", path) ?? "IfNotPresent",
            Source(path));

    private EquatableArray<PortModel> Ports(ObjectValue settings, string path)
    {
        var ports = new List<PortModel>();
        var listPath = ValuePath.Field(path, "Ports");
        var items = reader.List(settings, "Ports", path);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = ValuePath.Index(listPath, i);
            if (items[i] is ObjectValue port)
            {
                var number = reader.Int(port, "Port", itemPath) ?? 0;
                ports.Add(new PortModel(
                    reader.String(port, "Name", itemPath) ?? "",
                    number,
                    reader.Int(port, "ServicePort", itemPath) ?? number,
                    reader.String(port, "Protocol", itemPath) ?? "TCP",
                    Source(itemPath)));
            }
        }

        return ports.ToEquatableArray();
    }

    private EquatableArray<ConfigEntryModel> Config(ObjectValue settings, string path)
    {
        var entries = new List<ConfigEntryModel>();
        var mapPath = ValuePath.Field(path, "Config");
        foreach (var entry in reader.Map(settings, "Config", path))
        {
            var entryPath = ValuePath.Key(mapPath, entry.Key);
            entries.Add(new ConfigEntryModel(entry.Key, reader.Scalar(entry.Value, entryPath, "a string"), Source(entryPath)));
        }

        return entries.ToEquatableArray();
    }

    private EquatableArray<SecretEnvModel> Secrets(ObjectValue settings, string path)
    {
        var secrets = new List<SecretEnvModel>();
        var mapPath = ValuePath.Field(path, "Secrets");
        foreach (var entry in reader.Map(settings, "Secrets", path))
        {
            var entryPath = ValuePath.Key(mapPath, entry.Key);
            var reference = entry.Value as ObjectValue;
            if (reference is null && entry.Value is not NullValue)
            {
                reader.Mismatch<string?>(entryPath, "a SecretKeyReference", entry.Value);
                continue;
            }

            secrets.Add(new SecretEnvModel(entry.Key, reader.String(reference, "Secret", entryPath), reader.String(reference, "Key", entryPath), Source(entryPath)));
        }

        return secrets.ToEquatableArray();
    }

    private ResourcesModel Resources(ObjectValue? resources, string path)
    {
        var requestsPath = ValuePath.Field(path, "Requests");
        var limitsPath = ValuePath.Field(path, "Limits");
        var requests = reader.Object(resources, "Requests", path);
        var limits = reader.Object(resources, "Limits", path);
        return new ResourcesModel(
            Quantity(requests, "Cpu", requestsPath),
            Quantity(requests, "Memory", requestsPath),
            Quantity(requests, "EphemeralStorage", requestsPath),
            Quantity(limits, "Cpu", limitsPath),
            Quantity(limits, "Memory", limitsPath),
            Quantity(limits, "EphemeralStorage", limitsPath),
            Source(path));
    }

    private QuantityModel? Quantity(ObjectValue? owner, string field, string path) =>
        reader.String(owner, field, path) is { } text ? new QuantityModel(text, Source(ValuePath.Field(path, field))) : null;

    private ProbesModel Probes(ObjectValue? probes, string path) => new(
        Probe(probes, "Liveness", path),
        Probe(probes, "Readiness", path),
        Probe(probes, "Startup", path),
        Source(path));

    private ProbeModel? Probe(ObjectValue? probes, string kind, string path)
    {
        var probePath = ValuePath.Field(path, kind);
        var probe = reader.Object(probes, kind, path);
        return probe is null
            ? null
            : new ProbeModel(
                kind,
                reader.String(probe, "Path", probePath) ?? "",
                reader.String(probe, "Port", probePath),
                reader.Int(probe, "PeriodSeconds", probePath),
                reader.Int(probe, "FailureThreshold", probePath),
                reader.Int(probe, "InitialDelaySeconds", probePath),
                reader.Int(probe, "TimeoutSeconds", probePath),
                Source(probePath));
    }

    private EquatableArray<LocatedPair> Pairs(EquatableArray<MapEntry> entries, string path)
    {
        var pairs = new List<LocatedPair>();
        foreach (var entry in entries)
        {
            var entryPath = ValuePath.Key(path, entry.Key);
            if (reader.Scalar(entry.Value, entryPath, "a string") is { } text)
            {
                pairs.Add(new LocatedPair(entry.Key, text, Source(entryPath)));
            }
        }

        return pairs.ToEquatableArray();
    }
}
