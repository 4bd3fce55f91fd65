using Spectra.Generators.Common;

namespace Spectra.Generators.Deployments.Model;

/// <summary>
/// A service as it runs in one environment: base settings merged with that environment's override, defaults
/// applied. Every path names the declaration that supplied the value (the base or the override), so a rule points
/// at the line to change.
/// </summary>
internal sealed record WorkloadModel(
    string Path,
    ImageModel? Image,
    EquatableArray<PortModel> Ports,
    EquatableArray<ConfigEntryModel> Config,
    EquatableArray<SecretEnvModel> Secrets,
    ResourcesModel Resources,
    ProbesModel Probes,
    int? Replicas,
    string ReplicasPath,
    AutoscalingModel? Autoscaling,
    DisruptionModel? Disruption,
    IngressModel? Ingress,
    ServiceAccountModel? ServiceAccount,
    NetworkModel? Network,
    EquatableArray<CronJobModel> CronJobs,
    SecurityModel Security,
    string? PartOf,
    EquatableArray<LocatedPair> Labels)
{
    /// <summary>Probes and the ingress route to the first port unless they name one.</summary>
    public string? DefaultPortName => Ports.IsEmpty ? null : Ports[0].Name;
}

internal sealed record ImageModel(string Repository, string? Tag, string? Digest, string PullPolicy, string Path)
{
    /// <summary>The reference a container runtime pulls: the digest wins over the tag.</summary>
    public string Reference => Digest is not null ? Repository + "@" + Digest : Tag is not null ? Repository + ":" + Tag : Repository;
}

internal sealed record PortModel(string Name, int Port, int ServicePort, string Protocol, string Path);

/// <summary>A config entry; <see cref="Value"/> is null when it is required and no value was given.</summary>
internal sealed record ConfigEntryModel(string Key, string? Value, string Path);

/// <summary>A variable read from a secret; null secret means "required per environment" and not given.</summary>
internal sealed record SecretEnvModel(string Variable, string? Secret, string? Key, string Path);

internal sealed record QuantityModel(string Text, string Path);

internal sealed record ResourcesModel(
    QuantityModel? CpuRequest,
    QuantityModel? MemoryRequest,
    QuantityModel? StorageRequest,
    QuantityModel? CpuLimit,
    QuantityModel? MemoryLimit,
    QuantityModel? StorageLimit,
    string Path)
{
    public bool HasRequests => CpuRequest is not null || MemoryRequest is not null || StorageRequest is not null;

    public bool HasLimits => CpuLimit is not null || MemoryLimit is not null || StorageLimit is not null;
}

internal sealed record ProbeModel(string Kind, string HttpPath, string? Port, int? PeriodSeconds, int? FailureThreshold, int? InitialDelaySeconds, int? TimeoutSeconds, string Path);

internal sealed record ProbesModel(ProbeModel? Liveness, ProbeModel? Readiness, ProbeModel? Startup, string Path)
{
    public EquatableArray<ProbeModel> All => new ProbeModel?[] { Liveness, Readiness, Startup }.WhereNotNull();
}

internal sealed record AutoscalingModel(int? MinReplicas, int? MaxReplicas, int? CpuUtilization, int? MemoryUtilization, string Path, string MinReplicasPath, string MaxReplicasPath);

internal sealed record DisruptionModel(int? MinAvailable, int? MaxUnavailable, string Path);

internal sealed record IngressModel(
    string? Host,
    EquatableArray<LocatedText> Paths,
    string? ClassName,
    string? TlsSecret,
    string? Port,
    EquatableArray<LocatedPair> Annotations,
    string Path);

internal sealed record ServiceAccountModel(string Name, EquatableArray<LocatedPair> Annotations, OptOutModel? MountToken, string Path);

internal sealed record NetworkPeerModel(string? Namespace, EquatableArray<LocatedPair> PodLabels, string? Cidr, EquatableArray<int> Ports, string Path);

internal sealed record NetworkModel(EquatableArray<NetworkPeerModel> AllowFrom, EquatableArray<NetworkPeerModel> AllowTo, string Path);

internal sealed record CronJobModel(string Name, string Schedule, EquatableArray<string> Command, string? TimeZone, string ConcurrencyPolicy, int? BackoffLimit, string Path);

/// <summary>A relaxed secure default and the reason given for it.</summary>
internal sealed record OptOutModel(string Justification, string Path);

internal sealed record SecurityModel(
    int RunAsUser,
    int RunAsGroup,
    int FsGroup,
    string Path,
    OptOutModel? RunAsRoot,
    OptOutModel? WritableRootFilesystem,
    OptOutModel? PrivilegeEscalation,
    OptOutModel? DefaultCapabilities,
    OptOutModel? Unconfined,
    OptOutModel? NoMemoryLimit,
    OptOutModel? NoProbes)
{
    public EquatableArray<OptOutModel> OptOuts =>
        new[] { RunAsRoot, WritableRootFilesystem, PrivilegeEscalation, DefaultCapabilities, Unconfined, NoMemoryLimit, NoProbes }.WhereNotNull();
}
