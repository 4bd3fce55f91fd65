using Spectra.Samples.Infra;

namespace SpectraWeb.Pipelines;

/// <summary>
/// The web front end: build and test on every change; on main, upload the static site to the CDN. Deploying to
/// production makes the org's security scan mandatory (policy scan-before-production of the platform package).
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
            Step.Run("aws s3 sync dist \"s3://$SITE_BUCKET\" --delete --cache-control max-age=300") with
            {
                Name = "Upload to the CDN origin",
                Env = new() { ["SITE_BUCKET"] = "${{ vars.SITE_BUCKET }}" },
            },
            Step.Run("aws cloudfront create-invalidation --distribution-id \"$DISTRIBUTION_ID\" --paths '/*'") with
            {
                Name = "Invalidate the CDN cache",
                Env = new() { ["DISTRIBUTION_ID"] = "${{ vars.CDN_DISTRIBUTION_ID }}" },
            },
        ],
    };
}
