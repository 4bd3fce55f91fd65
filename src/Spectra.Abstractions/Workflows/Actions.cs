using Spectra.Factories;

namespace Spectra;

/// <summary>
/// Typed helpers for common actions. Only the arguments you pass become <c>with:</c> inputs; the rest keep the
/// action's own defaults.
/// </summary>
public static partial class Actions
{
    /// <summary><c>actions/checkout@v4</c>: checks out the repository.</summary>
    /// <param name="ref">The branch, tag or SHA; the triggering ref when omitted.</param>
    /// <param name="fetchDepth">Commits to fetch; 0 for the whole history.</param>
    /// <param name="persistCredentials">Keep the token in the git config (false is safer).</param>
    /// <param name="repository">Another repository, <c>owner/name</c>.</param>
    /// <param name="token">A token with access to <paramref name="repository"/>.</param>
    [ActionStep("actions/checkout@v4")]
    public static ActionStep Checkout(
        [ActionInput("ref")] string? @ref = null,
        [ActionInput("fetch-depth")] int? fetchDepth = null,
        [ActionInput("persist-credentials")] bool? persistCredentials = null,
        [ActionInput("repository")] string? repository = null,
        [ActionInput("token")] string? token = null) =>
        ActionSteps.Create("actions/checkout@v4", ("ref", @ref), ("fetch-depth", fetchDepth), ("persist-credentials", persistCredentials), ("repository", repository), ("token", token));

    /// <summary><c>actions/setup-dotnet@v4</c>: installs a .NET SDK.</summary>
    /// <param name="dotnetVersion">Versions such as <c>10.0.x</c>, or an expression.</param>
    /// <param name="globalJsonFile">Read the version from this global.json instead.</param>
    [ActionStep("actions/setup-dotnet@v4")]
    public static ActionStep SetupDotnet(
        [ActionInput("dotnet-version")] string? dotnetVersion = null,
        [ActionInput("global-json-file")] string? globalJsonFile = null) =>
        ActionSteps.Create("actions/setup-dotnet@v4", ("dotnet-version", dotnetVersion), ("global-json-file", globalJsonFile));

    /// <summary><c>actions/setup-node@v4</c>: installs Node.js.</summary>
    /// <param name="nodeVersion">A version such as <c>20</c>.</param>
    /// <param name="cache">A package manager whose cache to restore, e.g. <c>npm</c>.</param>
    [ActionStep("actions/setup-node@v4")]
    public static ActionStep SetupNode(
        [ActionInput("node-version")] string? nodeVersion = null,
        [ActionInput("cache")] string? cache = null) =>
        ActionSteps.Create("actions/setup-node@v4", ("node-version", nodeVersion), ("cache", cache));

    /// <summary><c>actions/cache@v4</c>: restores and saves a cache.</summary>
    /// <param name="path">Files or directories to cache, one per line.</param>
    /// <param name="key">The cache key, usually with <c>hashFiles(...)</c>.</param>
    /// <param name="restoreKeys">Fallback key prefixes, one per line.</param>
    [ActionStep("actions/cache@v4")]
    public static ActionStep Cache(
        [ActionInput("path")] string path,
        [ActionInput("key")] string key,
        [ActionInput("restore-keys")] string? restoreKeys = null) =>
        ActionSteps.Create("actions/cache@v4", ("path", path), ("key", key), ("restore-keys", restoreKeys));

    /// <summary><c>actions/upload-artifact@v4</c>: uploads files as a workflow artifact.</summary>
    /// <param name="name">The artifact name.</param>
    /// <param name="path">Files to upload, one pattern per line.</param>
    /// <param name="retentionDays">Days to keep the artifact.</param>
    /// <param name="ifNoFilesFound"><c>warn</c>, <c>error</c> or <c>ignore</c>.</param>
    [ActionStep("actions/upload-artifact@v4")]
    public static ActionStep UploadArtifact(
        [ActionInput("name")] string name,
        [ActionInput("path")] string path,
        [ActionInput("retention-days")] int? retentionDays = null,
        [ActionInput("if-no-files-found")] string? ifNoFilesFound = null) =>
        ActionSteps.Create("actions/upload-artifact@v4", ("name", name), ("path", path), ("retention-days", retentionDays), ("if-no-files-found", ifNoFilesFound));

    /// <summary><c>actions/download-artifact@v4</c>: downloads a workflow artifact.</summary>
    /// <param name="name">The artifact name; all artifacts when omitted.</param>
    /// <param name="path">Where to put the files.</param>
    [ActionStep("actions/download-artifact@v4")]
    public static ActionStep DownloadArtifact(
        [ActionInput("name")] string? name = null,
        [ActionInput("path")] string? path = null) =>
        ActionSteps.Create("actions/download-artifact@v4", ("name", name), ("path", path));
}
