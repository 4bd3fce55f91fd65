namespace Spectra;

/// <summary>
/// A GitHub deployment environment a job deploys to (protection rules, reviewers and environment secrets live there).
/// Declare each once as a static property and reference it from jobs, so a rename is safe.
/// </summary>
/// <param name="Name">The environment's name in the repository settings, e.g. <c>staging</c>.</param>
public sealed record DeploymentEnvironment(string Name)
{
    /// <summary>The URL shown on the deployment, e.g. <c>https://staging.example.com</c>.</summary>
    public string? Url { get; init; }
}
