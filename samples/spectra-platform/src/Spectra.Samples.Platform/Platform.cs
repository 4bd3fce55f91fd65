using Spectra.Policies;

namespace Spectra.Samples.Infra;

/// <summary>
/// What the infra team owns for every repo: org jobs (ids <c>infra-*</c> in product workflows), step templates and
/// policies. Product repos refer to these members; a new package version changes every repo that bumps it.
/// The class is split by concern: the CI/CD stages are in Platform.Stages.cs, releases and rollouts in
/// Platform.Delivery.cs.
/// </summary>
[Platform("infra")]
public static partial class Platform
{
    /// <summary>Every job checks out the same way; credentials are not left in the git config.</summary>
    public static ActionStep Checkout => Actions.Checkout(persistCredentials: false);

    /// <summary>The org's .NET toolchain.</summary>
    public static ActionStep SetupDotnet => Actions.SetupDotnet("10.0.x");

    /// <summary>Vulnerabilities and misconfigurations in the repository (dependencies, Dockerfiles, manifests).</summary>
    public static Job SecurityScan => new()
    {
        Name = "Security scan (trivy)",
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 15,
        Permissions = new() { Contents = Access.Read },
        Steps =
        [
            Checkout,
            Step.Action("aquasecurity/trivy-action@0.28.0") with
            {
                Name = "Scan repository",
                With = new()
                {
                    ["scan-type"] = "fs",
                    ["scan-ref"] = ".",
                    ["severity"] = "CRITICAL,HIGH",
                    ["exit-code"] = "1",
                },
            },
        ],
    };

    /// <summary>Committed secrets, over the whole history.</summary>
    public static Job SecretsCheck => new()
    {
        Name = "Secrets check (gitleaks)",
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 10,
        Permissions = new() { Contents = Access.Read },
        Steps =
        [
            Actions.Checkout(fetchDepth: 0, persistCredentials: false),
            Step.Action("gitleaks/gitleaks-action@v2") with { Env = new() { ["GITHUB_TOKEN"] = Secrets.GitHubToken } },
        ],
    };

    /// <summary>Nothing reaches production unscanned.</summary>
    public static Policy ScanBeforeProduction => Policy.RequireJob("scan-before-production", SecurityScan, whenDeploysTo: "production");

    /// <summary>A production deploy that hangs holds the environment: keep it bounded.</summary>
    public static Policy ShortProductionDeploys => Policy.LimitDeployTimeout("short-production-deploys", "production", 30);
}
