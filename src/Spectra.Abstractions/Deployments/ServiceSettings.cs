using System.Collections.Generic;

namespace Spectra;

/// <summary>
/// Everything about how a service runs: declared once for every environment, and again (only what differs) per
/// environment through <see cref="Overrides{T}"/>. Every property is optional in an override.
/// </summary>
/// <remarks>
/// Secure by default: the container runs as the non-root user 1654 (the .NET images' <c>app</c> user) with a read-only
/// root filesystem and a writable <c>/tmp</c>, no privilege escalation, no capabilities, the runtime's seccomp
/// profile and no service-account token. <see cref="Security"/> relaxes each of these only with a written reason.
/// </remarks>
public sealed record ServiceSettings
{
    /// <summary>The container image. Its tag (never <c>latest</c>) or digest is usually what differs per environment.</summary>
    public ContainerImage? Image { get; init; }

    /// <summary>
    /// Named container ports. The Kubernetes Service exposes each one (on <see cref="ContainerPort.ServicePort"/>),
    /// so Service ports and container ports cannot drift apart.
    /// </summary>
    public IReadOnlyList<ContainerPort>? Ports { get; init; }

    /// <summary>
    /// Plain configuration, written to the service's ConfigMap and read as environment variables. A key set to
    /// <see cref="Setting.Required"/> must be given a value in every environment's override.
    /// </summary>
    public Dictionary<string, string?>? Config { get; init; }

    /// <summary>
    /// Environment variables read from Kubernetes secrets, keyed by variable name. Only the secret's name and key
    /// are declared; a value never appears in a declaration or a generated file. A variable set to null must be
    /// given a secret in every environment's override.
    /// </summary>
    public Dictionary<string, SecretKeyReference?>? Secrets { get; init; }

    /// <summary>CPU and memory the scheduler reserves (requests) and the container may not exceed (limits).</summary>
    public ComputeResources? Resources { get; init; }

    /// <summary>Liveness, readiness and startup probes (HTTP GET).</summary>
    public Probes? Probes { get; init; }

    /// <summary>A fixed number of pods. Ignored by Kubernetes when <see cref="Autoscaling"/> is declared.</summary>
    public int? Replicas { get; init; }

    /// <summary>A HorizontalPodAutoscaler (autoscaling/v2) between a minimum and a maximum number of pods.</summary>
    public Autoscaling? Autoscaling { get; init; }

    /// <summary>A PodDisruptionBudget (policy/v1): how many pods voluntary disruptions (node drains) may take down.</summary>
    public DisruptionBudget? Disruption { get; init; }

    /// <summary>An Ingress routing a host (and paths) to the service, with TLS.</summary>
    public IngressSettings? Ingress { get; init; }

    /// <summary>A dedicated ServiceAccount. Without one the pods use the namespace's default account, without a token.</summary>
    public ServiceAccountSettings? ServiceAccount { get; init; }

    /// <summary>
    /// A NetworkPolicy that denies all traffic except what is declared here (and DNS). Without it, no policy is written.
    /// </summary>
    public NetworkSettings? Network { get; init; }

    /// <summary>CronJobs that run the service's image on a schedule.</summary>
    public IReadOnlyList<ScheduledJob>? ScheduledJobs { get; init; }

    /// <summary>The pod's user and group, and justified opt-outs from the secure defaults.</summary>
    public SecuritySettings? Security { get; init; }

    /// <summary>The application the service is part of (<c>app.kubernetes.io/part-of</c>).</summary>
    public string? PartOf { get; init; }

    /// <summary>Extra labels on every object of the service.</summary>
    public Dictionary<string, string>? Labels { get; init; }
}

/// <summary>Markers for values that must be given per environment.</summary>
public static class Setting
{
    /// <summary>
    /// A configuration value every environment must provide in its override: a missing one is a compile-time error
    /// instead of a pod that starts without it.
    /// </summary>
    public const string? Required = null;
}
