using Spectra.Samples.Infra;

namespace SpectraCore.Pipelines;

/// <summary>
/// The core library: build and test on every change; on a version tag, pack and publish the package after the
/// org's security scan and secrets check passed.
/// </summary>
[Workflow("ci")]
public static class Ci
{
    public static string Name => "spectra-core CI";

    public static Triggers On => new()
    {
        Push = new() { Branches = ["main"], Tags = ["v*"] },
        PullRequest = new() { Branches = ["main"] },
    };

    public static Permissions Permissions => new() { Contents = Access.Read };

    public static Dictionary<string, string> Env => new()
    {
        ["DOTNET_NOLOGO"] = "true",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "true",
    };

    public static Job Build => new()
    {
        Name = "Build and test",
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 20,
        Permissions = new() { Contents = Access.Read },
        Steps =
        [
            Platform.Checkout,
            Platform.SetupDotnet,
            Step.Run("dotnet build --configuration Release"),
            Step.Run("dotnet test --configuration Release --no-build --collect \"XPlat Code Coverage\""),
        ],
    };

    public static Job Publish => new()
    {
        Name = "Pack and publish",
        Needs = [Build, Platform.SecurityScan, Platform.SecretsCheck],
        If = "startsWith(github.ref, 'refs/tags/v')",
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 15,
        Permissions = new() { Contents = Access.Read, Packages = Access.Write },
        Steps =
        [
            Platform.Checkout,
            Platform.SetupDotnet,
            Step.Run("dotnet pack --configuration Release --output artifacts -p:Version=${GITHUB_REF_NAME#v}") with { Name = "Pack" },
            Step.Run("dotnet nuget push \"artifacts/*.nupkg\" --source https://nuget.pkg.github.com/spectra-org/index.json --api-key \"$NUGET_API_KEY\"") with
            {
                Name = "Publish",
                Env = new() { ["NUGET_API_KEY"] = Secrets.GitHubToken },
            },
        ],
    };
}
