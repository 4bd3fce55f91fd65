using System.Collections.Generic;

namespace Spectra;

/// <summary>
/// An environment the product is deployed to: the GitHub deployment environment a workflow job targets (protection
/// rules, reviewers and environment secrets live there) and, for services, the Kubernetes namespace, cluster and
/// Argo CD destination. Declare each once as a static property of an <see cref="EnvironmentsAttribute">[Environments]</see>
/// class and reference it from jobs and from per-environment overrides, so a rename is safe.
/// </summary>
/// <param name="Name">The environment's name in the repository settings, e.g. <c>staging</c>.</param>
public sealed record DeploymentEnvironment(string Name)
{
    /// <summary>The URL shown on the deployment, e.g. <c>https://staging.example.com</c>.</summary>
    public string? Url { get; init; }

    /// <summary>
    /// The short id used in generated file names (<c>values-{Id}.yaml</c>, <c>deploy/{service}/{Id}/</c>) and labels,
    /// e.g. <c>stg</c>. Defaults to <see cref="Name"/>.
    /// </summary>
    public string? Id { get; init; }

    /// <summary>The Kubernetes namespace services are deployed to. Defaults to <see cref="Id"/>.</summary>
    public string? Namespace { get; init; }

    /// <summary>
    /// The Argo CD destination server of this environment's cluster. Defaults to <c>https://kubernetes.default.svc</c>,
    /// the cluster Argo CD runs in.
    /// </summary>
    public string? Cluster { get; init; }

    /// <summary>The Argo CD project the environment's applications belong to. Defaults to <c>default</c>.</summary>
    public string? ArgoProject { get; init; }

    /// <summary>
    /// Whether Argo CD syncs (with prune and self-heal) on its own. Defaults to true; set false where a person
    /// presses sync, typically production.
    /// </summary>
    public bool? AutoSync { get; init; }

    /// <summary>
    /// The Kubernetes version of the environment's cluster, e.g. <c>1.31</c>: API versions removed by then are
    /// reported at compile time. Defaults to <c>1.31</c>.
    /// </summary>
    public string? KubernetesVersion { get; init; }

    /// <summary>People or teams who must approve a deployment; documents the protection configured in GitHub.</summary>
    public IReadOnlyList<string>? RequiredReviewers { get; init; }

    /// <summary>When true, images deployed here must be pinned by digest (a tag can be moved, a digest cannot).</summary>
    public bool? RequireImageDigest { get; init; }

    /// <summary>Labels every Kubernetes object deployed to this environment carries, e.g. <c>example.com/environment</c>.</summary>
    public Dictionary<string, string>? Labels { get; init; }
}
