using Spectra.Samples.Infra;
using static SpectraApi.Pipelines.Conventions;

namespace SpectraApi.Pipelines;

/// <summary>
/// The API's CI/CD: lint and test on every change; on main, build and scan the image, then deploy through
/// staging to production (production waits for the reviewers configured on its environment).
/// </summary>
[Workflow("ci")]
public static class Ci
{
    public static string Name => "spectra-api CI/CD";

    public static Triggers On => new()
    {
        Push = new() { Branches = ["main"], PathsIgnore = ["docs/**", "**.md"] },
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

    public static Job Lint => new()
    {
        Name = "Lint and format",
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 10,
        Steps =
        [
            Checkout,
            Actions.SetupDotnet(DotnetVersion),
            Step.Run("dotnet restore"),
            Step.Run("dotnet format --verify-no-changes --no-restore"),
        ],
    };

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
            Step.Run("dotnet test --configuration Release --logger trx --results-directory TestResults --collect \"XPlat Code Coverage\""),
            Actions.UploadArtifact("test-results-${{ matrix.os }}", "TestResults", retentionDays: 14) with { If = "${{ always() }}" },
        ],
    };

    public static Job BuildImage => new()
    {
        // The org's repository scan and secrets check (jobs infra-security-scan, infra-secrets-check) gate the image.
        Needs = [Lint, Test, Platform.SecurityScan, Platform.SecretsCheck],
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

    public static Job Scan => new()
    {
        Needs = [BuildImage],
        If = "github.event_name != 'pull_request'",
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 15,
        Permissions = new() { Contents = Access.Read, SecurityEvents = Access.Write },
        Steps =
        [
            Checkout,
            Step.Action("aquasecurity/trivy-action@0.28.0") with
            {
                Name = "Scan image",
                With = new()
                {
                    ["image-ref"] = $"{Image}@${{{{ needs.build-image.outputs.digest }}}}",
                    ["format"] = "sarif",
                    ["output"] = "trivy.sarif",
                    ["severity"] = "CRITICAL,HIGH",
                },
            },
            Step.Action("github/codeql-action/upload-sarif@v3") with { If = "${{ always() }}", With = new() { ["sarif_file"] = "trivy.sarif" } },
        ],
    };

    public static Job DeployStaging => new()
    {
        Needs = [Scan],
        If = "github.ref == 'refs/heads/main'",
        RunsOn = Runner.Ubuntu2404,
        Environment = Environments.Staging,
        Permissions = new() { Contents = Access.Read, IdToken = Access.Write },
        Concurrency = new() { Group = $"deploy-staging-{Service}" },
        Env = new() { ["KUBE_NAMESPACE"] = "stg" },
        TimeoutMinutes = 20,
        Steps =
        [
            Checkout,
            Step.Action("azure/setup-kubectl@v4"),
            Step.Action("azure/k8s-set-context@v4") with { With = new() { ["method"] = "kubeconfig", ["kubeconfig"] = Secrets.Get("KUBECONFIG_STAGING") } },
            Step.Run("dotnet ef database update --connection \"$DB_CONNECTION\"") with { Name = "Migrate database", Env = new() { ["DB_CONNECTION"] = Secrets.Get("DB_CONNECTION_STAGING") } },
            Deploy("stg", "$KUBE_NAMESPACE"),
            WaitForRollout("$KUBE_NAMESPACE"),
        ],
    };

    public static Job DeployProduction => new()
    {
        Needs = [DeployStaging],
        If = "github.ref == 'refs/heads/main'",
        RunsOn = Runner.Ubuntu2404,
        Environment = Environments.Production,
        Permissions = new() { Contents = Access.Read, IdToken = Access.Write },
        Concurrency = new() { Group = $"deploy-production-{Service}" },
        Env = new() { ["KUBE_NAMESPACE"] = "prd" },
        TimeoutMinutes = 30,
        Steps =
        [
            Checkout,
            Step.Action("azure/setup-kubectl@v4"),
            Step.Action("azure/k8s-set-context@v4") with { With = new() { ["method"] = "kubeconfig", ["kubeconfig"] = Secrets.Get("KUBECONFIG_PRODUCTION") } },
            Step.Run("dotnet ef database update --connection \"$DB_CONNECTION\"") with { Name = "Migrate database", Env = new() { ["DB_CONNECTION"] = Secrets.Get("DB_CONNECTION_PRODUCTION") } },
            Deploy("prd", "$KUBE_NAMESPACE"),
            WaitForRollout("$KUBE_NAMESPACE"),
            Step.Run("curl --fail --retry 5 --retry-delay 10 https://api.spectra.example/healthz/ready") with { Name = "Smoke test" },
        ],
    };
}
