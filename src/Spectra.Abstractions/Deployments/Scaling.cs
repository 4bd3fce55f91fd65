namespace Spectra;

/// <summary>A HorizontalPodAutoscaler between <see cref="MinReplicas"/> and <see cref="MaxReplicas"/> pods.</summary>
public sealed record Autoscaling
{
    /// <summary>The fewest pods (at least 1).</summary>
    public int? MinReplicas { get; init; }

    /// <summary>The most pods.</summary>
    public int? MaxReplicas { get; init; }

    /// <summary>Target average CPU use, in percent of the CPU request (requires a CPU request).</summary>
    public int? CpuUtilization { get; init; }

    /// <summary>Target average memory use, in percent of the memory request (requires a memory request).</summary>
    public int? MemoryUtilization { get; init; }
}

/// <summary>A PodDisruptionBudget. Set exactly one of the two.</summary>
public sealed record DisruptionBudget
{
    /// <summary>Pods that must stay available during a voluntary disruption.</summary>
    public int? MinAvailable { get; init; }

    /// <summary>Pods a voluntary disruption may take down at once.</summary>
    public int? MaxUnavailable { get; init; }
}
