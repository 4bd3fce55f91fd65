namespace Spectra.Policies;

/// <summary>See <see cref="Policy.MinReplicas(string, string, int, PolicySeverity)"/>.</summary>
public sealed class MinReplicasPolicy : Policy
{
    /// <summary>A GitHub environment name.</summary>
    public string Environment { get; init; } = "";

    /// <summary>The fewest replicas allowed.</summary>
    public int Min { get; init; }
}

/// <summary>See <see cref="Policy.RequireApproval(string, string, PolicySeverity)"/>.</summary>
public sealed class ApprovalPolicy : Policy
{
    /// <summary>A GitHub environment name.</summary>
    public string Environment { get; init; } = "";
}

/// <summary>See <see cref="Policy.RequirePinnedActions"/>.</summary>
public sealed class PinnedActionsPolicy : Policy
{
}

/// <summary>See <see cref="Policy.RequireResourceLimits"/>.</summary>
public sealed class ResourceLimitsPolicy : Policy
{
}
