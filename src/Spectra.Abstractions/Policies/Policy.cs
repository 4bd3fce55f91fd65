using Spectra.Factories;

namespace Spectra.Policies;

/// <summary>How a broken policy is reported. Chosen by the org that publishes the policy, not by the product.</summary>
public enum PolicySeverity
{
    /// <summary>The product's build fails.</summary>
    Error,

    /// <summary>The product's build warns.</summary>
    Warning,
}

/// <summary>
/// An org rule that product repos must follow, declared as a public static member of a
/// <see cref="PlatformAttribute"/> class and checked by the generator of every repo that references the package.
/// </summary>
public abstract class Policy
{
    /// <summary>The policy's id: what a product names in <see cref="SuppressPolicyAttribute"/>.</summary>
    public string Id { get; init; } = "";

    /// <summary>How a breach is reported; the org decides.</summary>
    public PolicySeverity Severity { get; init; }

    /// <summary>Every workflow (or, with <paramref name="whenDeploysTo"/>, every workflow with a job that deploys to that environment) must include <paramref name="job"/>.</summary>
    /// <param name="id">The policy's id.</param>
    /// <param name="job">The org job that must be part of the workflow.</param>
    /// <param name="whenDeploysTo">A GitHub environment name; null: every workflow.</param>
    /// <param name="severity">How a breach is reported.</param>
    [ObjectFactory]
    public static RequiredJobPolicy RequireJob(string id, JobBase job, string? whenDeploysTo = null, PolicySeverity severity = PolicySeverity.Error) =>
        new() { Id = id, Job = job, WhenDeploysTo = whenDeploysTo, Severity = severity };

    /// <summary>Every job must declare its own <c>permissions</c>.</summary>
    /// <param name="id">The policy's id.</param>
    /// <param name="severity">How a breach is reported.</param>
    [ObjectFactory]
    public static JobPermissionsPolicy RequireJobPermissions(string id, PolicySeverity severity = PolicySeverity.Error) =>
        new() { Id = id, Severity = severity };

    /// <summary>Every job that deploys to <paramref name="environment"/> must set a timeout of at most <paramref name="maxMinutes"/>.</summary>
    /// <param name="id">The policy's id.</param>
    /// <param name="environment">A GitHub environment name.</param>
    /// <param name="maxMinutes">The longest allowed timeout.</param>
    /// <param name="severity">How a breach is reported.</param>
    [ObjectFactory]
    public static DeployTimeoutPolicy LimitDeployTimeout(string id, string environment, int maxMinutes, PolicySeverity severity = PolicySeverity.Error) =>
        new() { Id = id, Environment = environment, MaxMinutes = maxMinutes, Severity = severity };

    /// <summary>
    /// Every <see cref="ServiceAttribute">[Service]</see> deployed to <paramref name="environment"/> runs at least
    /// <paramref name="min"/> replicas there: its <c>Replicas</c>, or with autoscaling its <c>MinReplicas</c>
    /// (both default to 1).
    /// </summary>
    /// <param name="id">The policy's id.</param>
    /// <param name="environment">A GitHub environment name (<see cref="DeploymentEnvironment.Name"/>).</param>
    /// <param name="min">The fewest replicas allowed.</param>
    /// <param name="severity">How a breach is reported.</param>
    [ObjectFactory]
    public static MinReplicasPolicy MinReplicas(string id, string environment, int min, PolicySeverity severity = PolicySeverity.Error) =>
        new() { Id = id, Environment = environment, Min = min, Severity = severity };

    /// <summary>As <see cref="MinReplicas(string, string, int, PolicySeverity)"/>, naming the environment by a <see cref="DeploymentEnvironment"/> the org package declares.</summary>
    /// <param name="id">The policy's id.</param>
    /// <param name="environment">The environment; its <see cref="DeploymentEnvironment.Name"/> identifies it.</param>
    /// <param name="min">The fewest replicas allowed.</param>
    /// <param name="severity">How a breach is reported.</param>
    [ObjectFactory]
    public static MinReplicasPolicy MinReplicas(string id, DeploymentEnvironment environment, int min, PolicySeverity severity = PolicySeverity.Error) =>
        new() { Id = id, Environment = environment.Name, Min = min, Severity = severity };

    /// <summary>
    /// Every job that deploys to <paramref name="environment"/> targets an environment that declares
    /// <see cref="DeploymentEnvironment.RequiredReviewers"/>: a person approves each deployment.
    /// </summary>
    /// <param name="id">The policy's id.</param>
    /// <param name="environment">A GitHub environment name (<see cref="DeploymentEnvironment.Name"/>).</param>
    /// <param name="severity">How a breach is reported.</param>
    [ObjectFactory]
    public static ApprovalPolicy RequireApproval(string id, string environment, PolicySeverity severity = PolicySeverity.Error) =>
        new() { Id = id, Environment = environment, Severity = severity };

    /// <summary>As <see cref="RequireApproval(string, string, PolicySeverity)"/>, naming the environment by a <see cref="DeploymentEnvironment"/> the org package declares.</summary>
    /// <param name="id">The policy's id.</param>
    /// <param name="environment">The environment; its <see cref="DeploymentEnvironment.Name"/> identifies it.</param>
    /// <param name="severity">How a breach is reported.</param>
    [ObjectFactory]
    public static ApprovalPolicy RequireApproval(string id, DeploymentEnvironment environment, PolicySeverity severity = PolicySeverity.Error) =>
        new() { Id = id, Environment = environment.Name, Severity = severity };

    /// <summary>
    /// Every action and reusable workflow of another repository is used at a full commit SHA, written in the
    /// declaration or given by the product's pin lock file (<c>spectra-pins.json</c>); a Docker action by its digest.
    /// </summary>
    /// <param name="id">The policy's id.</param>
    /// <param name="severity">How a breach is reported.</param>
    [ObjectFactory]
    public static PinnedActionsPolicy RequirePinnedActions(string id, PolicySeverity severity = PolicySeverity.Error) =>
        new() { Id = id, Severity = severity };

    /// <summary>Every container of every <see cref="ServiceAttribute">[Service]</see>, in every environment, sets a memory limit.</summary>
    /// <param name="id">The policy's id.</param>
    /// <param name="severity">How a breach is reported.</param>
    [ObjectFactory]
    public static ResourceLimitsPolicy RequireResourceLimits(string id, PolicySeverity severity = PolicySeverity.Error) =>
        new() { Id = id, Severity = severity };
}

/// <summary>See <see cref="Policy.RequireJob"/>.</summary>
public sealed class RequiredJobPolicy : Policy
{
    /// <summary>The org job that must be part of the workflow.</summary>
    public JobBase? Job { get; init; }

    /// <summary>A GitHub environment name; null: every workflow.</summary>
    public string? WhenDeploysTo { get; init; }
}

/// <summary>See <see cref="Policy.RequireJobPermissions"/>.</summary>
public sealed class JobPermissionsPolicy : Policy
{
}

/// <summary>See <see cref="Policy.LimitDeployTimeout"/>.</summary>
public sealed class DeployTimeoutPolicy : Policy
{
    /// <summary>A GitHub environment name.</summary>
    public string Environment { get; init; } = "";

    /// <summary>The longest allowed timeout.</summary>
    public int MaxMinutes { get; init; }
}
