using static SpectraApi.Pipelines.Conventions;

namespace SpectraApi.Pipelines;

/// <summary>
/// The environments of the API in promotion order: dev → tst → stg → prd. Workflow deploy jobs reference them, and
/// every service deploys to each of them through Argo CD (protection rules live in GitHub's settings).
/// </summary>
[Environments]
public static class Environments
{
    public static DeploymentEnvironment Dev => new("dev") { Labels = new() { ["spectra.example/environment"] = "dev" } };

    public static DeploymentEnvironment Tst => new("tst") { Labels = new() { ["spectra.example/environment"] = "tst" } };

    public static DeploymentEnvironment Staging => new("staging")
    {
        Id = "stg",
        Url = StagingUrl,
        Labels = new() { ["spectra.example/environment"] = "stg" },
    };

    public static DeploymentEnvironment Production => new("production")
    {
        Id = "prd",
        Url = ProductionUrl,
        AutoSync = false,
        RequiredReviewers = ["spectra-org/release-managers"],
        Labels = new() { ["spectra.example/environment"] = "prd" },
    };

    public static IReadOnlyList<DeploymentEnvironment> Promotion => [Dev, Tst, Staging, Production];

    public static GitOpsRepository GitOps => new("https://github.com/spectra-org/spectra-api.git");
}
