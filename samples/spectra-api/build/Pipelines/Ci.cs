using Spectra.Samples.Infra;
using static SpectraApi.Pipelines.Conventions;

namespace SpectraApi.Pipelines;

/// <summary>
/// The API's CI/CD, the org's stage list in order: lint, unit tests with coverage, static analysis, secret scan,
/// dependency scan, repository scan, deploy validation and plan; then the container build and image scan; on main the
/// image is released to dev, deployed to staging (migrations first, integration tests after) and to production
/// (behind the environment's reviewers, gradual rollout, health checks), smoke-tested, rolled back if production fails,
/// and the team is notified. Stages marked org are the platform package's jobs or steps.
/// </summary>
[Workflow("ci")]
public static class Ci
{
    public static string Name => "spectra-api CI/CD";

    public static Triggers On => new()
    {
        // Release commits only move images between environments: they need no build.
        Push = new() { Branches = ["main"], PathsIgnore = ["docs/**", "**.md", "deploy/releases/**"] },
        PullRequest = new() { Branches = ["main"] },
        WorkflowDispatch = new(),
    };

    public static Permissions Permissions => new() { Contents = Access.Read };

    public static Concurrency Concurrency => new() { Group = $"{Service}-${{{{ github.ref }}}}", CancelInProgress = true };

    public static Dictionary<string, string> Env => new()
    {
        ["DOTNET_NOLOGO"] = "true",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "true",
        ["IMAGE"] = Image,
    };

    /// <summary>Lint and formatting (org job infra-lint).</summary>
    public static Job Lint => Platform.Lint;

    /// <summary>Unit tests with coverage on both runners the API supports; the org's coverage gate on Linux.</summary>
    public static Job Test => new()
    {
        Name = "Test (${{ matrix.os }})",
        RunsOn = "${{ matrix.os }}",
        TimeoutMinutes = 20,
        Strategy = new()
        {
            Matrix = { ["os"] = [Runner.Ubuntu2404, Runner.Windows2022] },
            FailFast = false,
        },
        Steps =
        [
            Checkout,
            Actions.SetupDotnet(DotnetVersion),
            Actions.Cache(path: "~/.nuget/packages", key: "nuget-${{ runner.os }}-${{ hashFiles('**/packages.lock.json') }}", restoreKeys: "nuget-${{ runner.os }}-"),
            Platform.TestWithCoverage,
            Platform.CoverageReport with { If = "runner.os == 'Linux'" },
            Actions.UploadArtifact("test-results-${{ matrix.os }}", "TestResults", retentionDays: 14) with { If = "${{ always() }}" },
        ],
    };

    /// <summary>Static analysis, CodeQL (org job infra-static-analysis).</summary>
    public static Job StaticAnalysis => Platform.StaticAnalysis;

    /// <summary>Secret scan over the whole history (org job infra-secrets-check).</summary>
    public static Job SecretsCheck => Platform.SecretsCheck;

    /// <summary>Dependency (SCA) scan (org job infra-dependency-scan).</summary>
    public static Job DependencyScan => Platform.DependencyScan;

    /// <summary>Repository scan (org job infra-security-scan; required before production by the org's policy).</summary>
    public static Job SecurityScan => Platform.SecurityScan;

    /// <summary>Infrastructure validation and plan of deploy/ (org job infra-deploy-validation).</summary>
    public static Job DeployValidation => Platform.DeployValidation;

    /// <summary>The container build waits for every check before it.</summary>
    public static Job BuildImage => new()
    {
        Needs = [Lint, Test, StaticAnalysis, SecretsCheck, DependencyScan, SecurityScan, DeployValidation],
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 30,
        Permissions = new() { Contents = Access.Read, Packages = Access.Write },
        Outputs = new() { ["digest"] = "${{ steps.push.outputs.digest }}" },
        Steps =
        [
            Checkout,
            Actions.DockerSetupBuildx(),
            Actions.DockerLogin(Registry, "${{ github.actor }}", Secrets.GitHubToken),
            Actions.DockerMetadata(images: Image, tags: "type=sha,format=long\ntype=ref,event=branch") with { Id = "meta" },
            Actions.DockerBuildPush(
                context: ".",
                push: "${{ github.event_name != 'pull_request' }}",
                tags: "${{ steps.meta.outputs.tags }}",
                labels: "${{ steps.meta.outputs.labels }}") with { Id = "push" },
        ],
    };

    /// <summary>Image vulnerability scan of the pushed digest (the org's scan step).</summary>
    public static Job ScanImage => new()
    {
        Needs = [BuildImage],
        If = "github.event_name != 'pull_request'",
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 15,
        Permissions = new() { Packages = Access.Read },
        Env = new() { ["IMAGE_REF"] = $"{Image}@${{{{ needs.build-image.outputs.digest }}}}" },
        Steps = [Actions.DockerLogin(Registry, "${{ github.actor }}", Secrets.GitHubToken), Platform.ScanImage],
    };

    /// <summary>Every image built on main runs in dev first; tst is reached through the promote workflow.</summary>
    public static Job ReleaseDev => new()
    {
        Needs = [BuildImage, ScanImage],
        If = "github.ref == 'refs/heads/main'",
        RunsOn = Runner.Ubuntu2404,
        Environment = Environments.Dev,
        Permissions = new() { Contents = Access.Write },
        Concurrency = new() { Group = $"release-dev-{Service}" },
        Env = Releases.BuiltImage("dev", DevUrl),
        TimeoutMinutes = 20,
        Steps = [Platform.SetupArgoCd, Platform.ReleaseImage, Platform.GradualRollout],
    };

    /// <summary>Staging: migrations before the rollout, integration tests against it after.</summary>
    public static Job DeployStaging => new()
    {
        Needs = [BuildImage, ReleaseDev],
        If = "github.ref == 'refs/heads/main'",
        RunsOn = Runner.Ubuntu2404,
        Environment = Environments.Staging,
        Permissions = new() { Contents = Access.Write },
        Concurrency = new() { Group = $"deploy-staging-{Service}" },
        Env = Releases.BuiltImage("stg", StagingUrl),
        TimeoutMinutes = 30,
        Steps =
        [
            Checkout,
            Platform.SetupDotnet,
            Platform.MigrateDatabase,
            Platform.SetupArgoCd,
            Platform.ReleaseImage,
            Platform.GradualRollout,
            Platform.IntegrationTests with { Env = new() { ["BASE_URL"] = StagingUrl } },
        ],
    };

    /// <summary>
    /// Production waits for the reviewers of its environment; then migrations, the gradual rollout and five minutes
    /// of health checks. Its release commit is what a rollback reverts.
    /// </summary>
    public static Job DeployProduction => new()
    {
        Needs = [BuildImage, DeployStaging],
        If = "github.ref == 'refs/heads/main'",
        RunsOn = Runner.Ubuntu2404,
        Environment = Environments.Production,
        Permissions = new() { Contents = Access.Write },
        Concurrency = new() { Group = $"deploy-production-{Service}" },
        Env = Releases.BuiltImage("prd", ProductionUrl),
        Outputs = new() { ["release-commit"] = "${{ steps.release.outputs.commit }}" },
        TimeoutMinutes = 30,
        Steps =
        [
            Checkout,
            Platform.SetupDotnet,
            Platform.MigrateDatabase,
            Platform.SetupArgoCd,
            Platform.ReleaseImage,
            Platform.GradualRollout,
            Platform.HealthChecks,
        ],
    };

    public static Job SmokeTests => new()
    {
        Needs = [DeployProduction],
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 10,
        Permissions = new() { },
        Env = new() { ["SMOKE_URLS"] = $"{ProductionUrl}{ReadyPath} {ProductionUrl}/healthz/live" },
        Steps = [Platform.SmokeTests],
    };

    /// <summary>
    /// When the production deploy (its rollout or health checks) or the smoke tests fail, production goes back to the
    /// previous image (org job infra-rollback). Not when production was never reached.
    /// </summary>
    public static Job Rollback => Platform.Rollback with
    {
        Needs = [DeployProduction, SmokeTests],
        If = "failure() && needs.deploy-production.result != 'skipped'",
        Env = new()
        {
            ["SERVICE"] = Service,
            ["TARGET_ENV"] = "prd",
            ["RELEASE_COMMIT"] = "${{ needs.deploy-production.outputs.release-commit }}",
        },
    };

    /// <summary>The result of the whole run on main, whatever it was (org job infra-notify).</summary>
    public static Job Notify => Platform.Notify with
    {
        Needs =
        [
            Lint, Test, StaticAnalysis, SecretsCheck, DependencyScan, SecurityScan, DeployValidation,
            BuildImage, ScanImage, ReleaseDev, DeployStaging, DeployProduction, SmokeTests, Rollback,
        ],
        If = "always() && github.event_name != 'pull_request'",
    };
}
