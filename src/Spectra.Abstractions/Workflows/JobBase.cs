using System.Collections.Generic;

namespace Spectra;

/// <summary>
/// What every job has, whether it runs steps (<see cref="Job"/>) or calls a reusable workflow
/// (<see cref="ReusableWorkflowJob"/>). A job's id is its member name in kebab case (<c>BuildImage</c> →
/// <c>build-image</c>) unless <see cref="Id"/> says otherwise.
/// </summary>
public abstract record JobBase
{
    /// <summary>Overrides the job id derived from the member name.</summary>
    public string? Id { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary>Jobs of the same workflow that must succeed first: typed references to their declarations.</summary>
    public IReadOnlyList<JobBase>? Needs { get; init; }

    /// <summary>A condition; <c>${{ }}</c> is optional here.</summary>
    public string? If { get; init; }

    /// <summary>The token scopes this job gets (overrides the workflow's).</summary>
    public Permissions? Permissions { get; init; }

    /// <summary>A matrix and its scheduling options.</summary>
    public Strategy? Strategy { get; init; }

    /// <summary>At most one run of this job per group.</summary>
    public Concurrency? Concurrency { get; init; }
}
