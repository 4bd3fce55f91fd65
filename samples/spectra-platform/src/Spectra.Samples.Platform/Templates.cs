namespace Spectra.Samples.Infra;

/// <summary>
/// The org's job templates. Each method is embedded with its parameters left in place; a product repo calls it like
/// any C# method (<c>Templates.DotnetBuildAndTest()</c>) and gets a job of its own, named by the member holding it.
/// </summary>
[Platform("infra")]
public static class Templates
{
    /// <summary>Builds and tests the repository's solution, with coverage, the way every .NET repo does.</summary>
    /// <param name="configuration">The build configuration, e.g. <c>Release</c>.</param>
    /// <param name="dotnetVersion">The SDK version range for <c>actions/setup-dotnet</c>.</param>
    public static Job DotnetBuildAndTest(string configuration = "Release", string dotnetVersion = "10.0.x") => new()
    {
        Name = "Build and test",
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 20,
        Permissions = new() { Contents = Access.Read },
        Steps =
        [
            Platform.Checkout,
            Actions.SetupDotnet(dotnetVersion),
            Step.Run($"dotnet build --configuration {configuration}"),
            Step.Run($"dotnet test --configuration {configuration} --no-build --collect \"XPlat Code Coverage\""),
        ],
    };

    /// <summary>
    /// On a version tag (<c>v1.2.3</c>), packs the repository and pushes the packages to a NuGet feed, after
    /// <paramref name="after"/> and the org's security scan and secrets check passed.
    /// </summary>
    /// <param name="after">The product job that must succeed first (its build).</param>
    /// <param name="feed">The NuGet feed URL to push to.</param>
    /// <param name="apiKeySecret">The name of the repository secret holding the feed's API key.</param>
    /// <param name="dotnetVersion">The SDK version range for <c>actions/setup-dotnet</c>.</param>
    public static Job NuGetPublish(JobBase after, string feed, string apiKeySecret = "GITHUB_TOKEN", string dotnetVersion = "10.0.x") => new()
    {
        Name = "Pack and publish",
        Needs = [after, Platform.SecurityScan, Platform.SecretsCheck],
        If = "startsWith(github.ref, 'refs/tags/v')",
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 15,
        Permissions = new() { Contents = Access.Read, Packages = Access.Write },
        Steps =
        [
            Platform.Checkout,
            Actions.SetupDotnet(dotnetVersion),
            Step.Run("dotnet pack --configuration Release --output artifacts -p:Version=${GITHUB_REF_NAME#v}") with { Name = "Pack" },
            Step.Run($"dotnet nuget push \"artifacts/*.nupkg\" --source {feed} --api-key \"$NUGET_API_KEY\"") with
            {
                Name = "Publish",
                Env = new() { ["NUGET_API_KEY"] = Secrets.Get(apiKeySecret) },
            },
        ],
    };
}
