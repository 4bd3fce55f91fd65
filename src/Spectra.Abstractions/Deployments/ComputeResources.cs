namespace Spectra;

/// <summary>Resource requests and limits of the service's container.</summary>
public sealed record ComputeResources
{
    /// <summary>What the scheduler reserves for the container; required for CPU-based autoscaling.</summary>
    public ResourceQuantities? Requests { get; init; }

    /// <summary>What the container may not exceed. A memory limit is required; a CPU limit is optional.</summary>
    public ResourceQuantities? Limits { get; init; }
}

/// <summary>Kubernetes quantities, written as Kubernetes spells them: CPU <c>250m</c> or <c>1</c>, memory <c>512Mi</c>.</summary>
public sealed record ResourceQuantities
{
    /// <summary>CPU in cores or millicores, e.g. <c>500m</c>.</summary>
    public string? Cpu { get; init; }

    /// <summary>Memory with a binary suffix, e.g. <c>256Mi</c> (<c>256M</c> means 256×10⁶ bytes, <c>256m</c> a thousandth of a byte).</summary>
    public string? Memory { get; init; }

    /// <summary>Ephemeral (node-local) storage, e.g. <c>1Gi</c>.</summary>
    public string? EphemeralStorage { get; init; }
}
