namespace Spectra;

/// <summary>The container's health probes.</summary>
public sealed record Probes
{
    /// <summary>Restarts the container when it fails.</summary>
    public Probe? Liveness { get; init; }

    /// <summary>Takes the pod out of the Service's endpoints while it fails.</summary>
    public Probe? Readiness { get; init; }

    /// <summary>Holds liveness and readiness back until the application has started.</summary>
    public Probe? Startup { get; init; }
}

/// <summary>An HTTP GET probe.</summary>
/// <param name="Path">The path to request, e.g. <c>/healthz/ready</c>.</param>
public sealed record Probe(string Path)
{
    /// <summary>The name of a declared container port. Defaults to the first port.</summary>
    public string? Port { get; init; }

    /// <summary>Seconds between probes (Kubernetes default 10).</summary>
    public int? PeriodSeconds { get; init; }

    /// <summary>Consecutive failures before the probe counts as failed (Kubernetes default 3).</summary>
    public int? FailureThreshold { get; init; }

    /// <summary>Seconds to wait after the container starts before the first probe.</summary>
    public int? InitialDelaySeconds { get; init; }

    /// <summary>Seconds after which one probe times out (Kubernetes default 1).</summary>
    public int? TimeoutSeconds { get; init; }
}
