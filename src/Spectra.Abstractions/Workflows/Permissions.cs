namespace Spectra;

/// <summary>
/// The <c>GITHUB_TOKEN</c> scopes a workflow or job gets. Scopes left unset get no access once any scope is set,
/// so declare exactly what the job needs.
/// </summary>
public sealed record Permissions
{
    /// <summary>The <c>actions</c> scope.</summary>
    public Access? Actions { get; init; }

    /// <summary>The <c>attestations</c> scope.</summary>
    public Access? Attestations { get; init; }

    /// <summary>The <c>checks</c> scope.</summary>
    public Access? Checks { get; init; }

    /// <summary>The <c>contents</c> scope (repository contents, commits, releases).</summary>
    public Access? Contents { get; init; }

    /// <summary>The <c>deployments</c> scope.</summary>
    public Access? Deployments { get; init; }

    /// <summary>The <c>discussions</c> scope.</summary>
    public Access? Discussions { get; init; }

    /// <summary>The <c>id-token</c> scope (OIDC tokens for cloud logins); only <see cref="Access.Write"/> or <see cref="Access.None"/>.</summary>
    public Access? IdToken { get; init; }

    /// <summary>The <c>issues</c> scope.</summary>
    public Access? Issues { get; init; }

    /// <summary>The <c>packages</c> scope (GitHub Packages, ghcr.io).</summary>
    public Access? Packages { get; init; }

    /// <summary>The <c>pages</c> scope.</summary>
    public Access? Pages { get; init; }

    /// <summary>The <c>pull-requests</c> scope.</summary>
    public Access? PullRequests { get; init; }

    /// <summary>The <c>repository-projects</c> scope.</summary>
    public Access? RepositoryProjects { get; init; }

    /// <summary>The <c>security-events</c> scope (code scanning uploads).</summary>
    public Access? SecurityEvents { get; init; }

    /// <summary>The <c>statuses</c> scope.</summary>
    public Access? Statuses { get; init; }
}
