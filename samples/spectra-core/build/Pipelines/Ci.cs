using Spectra.Samples.Infra;

namespace SpectraCore.Pipelines;

/// <summary>
/// The core library: build and test on every change; on a version tag, pack and publish the package after the
/// org's security scan and secrets check passed. Both jobs are the org's templates, with this repo's parameters.
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

    // Both jobs come from the org's templates: a change to a template reaches this repo with the package bump.
    public static Job Build => Templates.DotnetBuildAndTest();

    public static Job Publish => Templates.NuGetPublish(after: Build, feed: "https://nuget.pkg.github.com/spectra-org/index.json");
}
