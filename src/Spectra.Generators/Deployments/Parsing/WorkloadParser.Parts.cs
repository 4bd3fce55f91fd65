using System.Collections.Generic;
using System.Globalization;
using Spectra.Generators.Common;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Values;

namespace Spectra.Generators.Deployments.Parsing;

internal sealed partial class WorkloadParser
{
    private AutoscalingModel? Autoscaling(ObjectValue? autoscaling, string path) => autoscaling is null
        ? null
        : new AutoscalingModel(
            reader.Int(autoscaling, "MinReplicas", path),
            reader.Int(autoscaling, "MaxReplicas", path),
            reader.Int(autoscaling, "CpuUtilization", path),
            reader.Int(autoscaling, "MemoryUtilization", path),
            Source(path),
            Source(ValuePath.Field(path, "MinReplicas")),
            Source(ValuePath.Field(path, "MaxReplicas")));

    private DisruptionModel? Disruption(ObjectValue? disruption, string path) => disruption is null
        ? null
        : new DisruptionModel(reader.Int(disruption, "MinAvailable", path), reader.Int(disruption, "MaxUnavailable", path), Source(path));

    private IngressModel? Ingress(ObjectValue? ingress, string path)
    {
        if (ingress is null)
        {
            return null;
        }

        var paths = new List<LocatedText>();
        var pathsPath = ValuePath.Field(path, "Paths");
        var items = reader.StringList(ingress, "Paths", path);
        for (var i = 0; i < items.Count; i++)
        {
            paths.Add(new LocatedText(items[i], Source(ValuePath.Index(pathsPath, i))));
        }

        if (paths.Count == 0)
        {
            paths.Add(new LocatedText("/", Source(path)));
        }

        return new IngressModel(
            reader.String(ingress, "Host", path),
            paths.ToEquatableArray(),
            reader.String(ingress, "ClassName", path),
            reader.String(ingress, "TlsSecret", path),
            reader.String(ingress, "Port", path),
            Pairs(reader.Map(ingress, "Annotations", path), ValuePath.Field(path, "Annotations")),
            Source(path));
    }

    private ServiceAccountModel? ServiceAccount(ObjectValue? account, string path) => account is null
        ? null
        : new ServiceAccountModel(
            reader.String(account, "Name", path) ?? serviceName,
            Pairs(reader.Map(account, "Annotations", path), ValuePath.Field(path, "Annotations")),
            OptOut(account, "MountToken", path),
            Source(path));

    private NetworkModel? Network(ObjectValue? network, string path) => network is null
        ? null
        : new NetworkModel(Peers(network, "AllowFrom", path), Peers(network, "AllowTo", path), Source(path));

    private EquatableArray<NetworkPeerModel> Peers(ObjectValue network, string field, string path)
    {
        var peers = new List<NetworkPeerModel>();
        var listPath = ValuePath.Field(path, field);
        var items = reader.List(network, field, path);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = ValuePath.Index(listPath, i);
            if (items[i] is not ObjectValue peer)
            {
                continue;
            }

            var ports = new List<int>();
            foreach (var port in reader.List(peer, "Ports", itemPath))
            {
                if (port is NumberValue number && int.TryParse(number.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                {
                    ports.Add(value);
                }
            }

            peers.Add(new NetworkPeerModel(
                reader.String(peer, "Namespace", itemPath),
                Pairs(reader.Map(peer, "PodLabels", itemPath), ValuePath.Field(itemPath, "PodLabels")),
                reader.String(peer, "Cidr", itemPath),
                ports.ToEquatableArray(),
                Source(itemPath)));
        }

        return peers.ToEquatableArray();
    }

    private EquatableArray<CronJobModel> CronJobs(ObjectValue settings, string path)
    {
        var jobs = new List<CronJobModel>();
        var listPath = ValuePath.Field(path, "ScheduledJobs");
        var items = reader.List(settings, "ScheduledJobs", path);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = ValuePath.Index(listPath, i);
            if (items[i] is ObjectValue job)
            {
                jobs.Add(new CronJobModel(
                    reader.String(job, "Name", itemPath) ?? "",
                    reader.String(job, "Schedule", itemPath) ?? "",
                    reader.StringList(job, "Command", itemPath),
                    reader.String(job, "TimeZone", itemPath),
                    reader.String(job, "ConcurrencyPolicy", itemPath) ?? "Forbid",
                    reader.Int(job, "BackoffLimit", itemPath),
                    Source(itemPath)));
            }
        }

        return jobs.ToEquatableArray();
    }

    private SecurityModel Security(ObjectValue? security, string path)
    {
        var user = reader.Int(security, "RunAsUser", path) ?? DefaultUser;
        var group = reader.Int(security, "RunAsGroup", path) ?? user;
        return new SecurityModel(
            user,
            group,
            reader.Int(security, "FsGroup", path) ?? group,
            Source(security?["RunAsUser"] is null ? path : ValuePath.Field(path, "RunAsUser")),
            OptOut(security, "RunAsRoot", path),
            OptOut(security, "WritableRootFilesystem", path),
            OptOut(security, "PrivilegeEscalation", path),
            OptOut(security, "DefaultCapabilities", path),
            OptOut(security, "Unconfined", path),
            OptOut(security, "NoMemoryLimit", path),
            OptOut(security, "NoProbes", path));
    }

    private OptOutModel? OptOut(ObjectValue? owner, string field, string path)
    {
        var optOutPath = ValuePath.Field(path, field);
        var optOut = reader.Object(owner, field, path);
        return optOut is null ? null : new OptOutModel(reader.String(optOut, "Justification", optOutPath) ?? "", Source(ValuePath.Field(optOutPath, "Justification")));
    }
}
