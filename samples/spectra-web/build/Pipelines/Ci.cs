using Spectra.Samples.Infra;

namespace SpectraWeb.Pipelines;

/// <summary>
/// The web front end: build and test on every change; on main, upload the static site to the CDN with the org's CDN
/// steps, and notify the team. Deploying to production makes the org's security scan mandatory (policy
/// scan-before-production of the platform package).
/// </summary>
[Workflow("ci")]
public static class Ci
{
    public static string Name => "spectra-web CI/CD";

    public static Triggers On => new()
    {
        Push = new() { Branches = ["main"] },
        PullRequest = new() { Branches = ["main"] },
    };

    public static Permissions Permissions => new() { Contents = Access.Read };

    public static Job Build => new()
    {
        Name = "Build and test",
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 15,
        Permissions = new() { Contents = Access.Read },
        Steps =
        [
            Platform.Checkout,
            Step.Run("npm ci") with { Name = "Install (Node from the runner image)" },
            Step.Run("npm run lint"),
            Step.Run("npm test -- --coverage"),
            Step.Run("npm run build"),
            Actions.UploadArtifact("site", "dist", retentionDays: 7),
        ],
    };

    public static Job DeployCdn => new()
    {
        Name = "Deploy to the CDN",
        Needs = [Build, Platform.SecurityScan],
        If = "github.ref == 'refs/heads/main'",
        RunsOn = Runner.Ubuntu2404,
        // Org policy approved-production-deploys: production names the reviewers configured in GitHub's settings.
        Environment = new("production") { Url = "https://www.spectra.example", RequiredReviewers = ["spectra-org/web-maintainers"] },
        Concurrency = new() { Group = "deploy-cdn" },
        TimeoutMinutes = 15,
        Permissions = new() { Contents = Access.Read, IdToken = Access.Write },
        Steps =
        [
            Step.Run("gh run download \"$GITHUB_RUN_ID\" --name site --dir dist --repo \"$GITHUB_REPOSITORY\"") with
            {
                Name = "Download the site",
                Env = new() { ["GH_TOKEN"] = Secrets.GitHubToken },
            },
            Platform.UploadSiteToCdn,
            Platform.InvalidateCdn,
        ],
    };

    /// <summary>The result of every run on main, whatever it was (org job infra-notify).</summary>
    public static Job Notify => Platform.Notify with
    {
        Needs = [Build, Platform.SecurityScan, DeployCdn],
        If = "always() && github.event_name != 'pull_request'",
    };
}
