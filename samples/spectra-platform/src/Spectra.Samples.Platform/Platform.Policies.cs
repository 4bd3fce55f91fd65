using Spectra.Policies;

namespace Spectra.Samples.Infra;

/// <summary>The org's rules for production deploys, actions and services, checked in every product's build.</summary>
public static partial class Platform
{
    /// <summary>A person approves every production deploy: the environment must name its reviewers.</summary>
    public static Policy ApprovedProductionDeploys => Policy.RequireApproval("approved-production-deploys", "production");

    /// <summary>
    /// Actions run the code that was reviewed: a tag can be moved, a commit cannot. Announced as a warning while
    /// product repos complete their spectra-pins.json; the next version makes it an error.
    /// </summary>
    public static Policy PinnedActions => Policy.RequirePinnedActions("pinned-actions", severity: PolicySeverity.Warning);

    /// <summary>One pod is one node drain away from an outage.</summary>
    public static Policy ProductionReplicas => Policy.MinReplicas("production-replicas", "production", 2);

    /// <summary>A container without a memory limit can take its node's memory from its neighbours.</summary>
    public static Policy MemoryLimits => Policy.RequireResourceLimits("memory-limits");
}
