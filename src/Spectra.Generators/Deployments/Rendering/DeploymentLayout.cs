using Microsoft.CodeAnalysis.Diagnostics;

namespace Spectra.Generators.Deployments.Rendering;

/// <summary>
/// Where the deployment side's files go, relative to the repository root: <c>$(SpectraDeployDirectory)</c>, read once
/// from MSBuild as an equatable option so that changing it re-renders and nothing else does. A value that could
/// escape the repository keeps the default and carries the problem, reported as SPX3004.
/// </summary>
internal sealed record DeploymentLayout(string Root, string? Requested = null, string? Problem = null)
{
    public const string Property = "build_property.SpectraDeployDirectory";

    public static readonly DeploymentLayout Default = new("deploy");

    public string Manifests(string service, string environment) => $"{Root}/{service}/{environment}/manifests.yaml";

    public string Chart(string service) => $"{Root}/charts/{service}";

    public string Applications(string environment) => $"{Root}/argocd/{environment}";

    public string Application(string environment, string service) => $"{Applications(environment)}/{service}.yaml";

    public string AppOfApps(string environment) => $"{Root}/argocd/{environment}.yaml";

    /// <summary>
    /// The release file of a service in an environment: image tag or digest, written by the promotion workflow,
    /// never by Spectra, so promoting an image is a commit to this file and leaves every generated file as it is.
    /// </summary>
    public string Release(string service, string environment) => $"{Root}/releases/{service}/{environment}.yaml";

    /// <summary><see cref="Release"/> as Argo CD reads a value file: relative to the chart (<c>{Root}/charts/{service}</c>).</summary>
    public static string ReleaseFromChart(string service, string environment) => $"../../releases/{service}/{environment}.yaml";

    public static DeploymentLayout From(AnalyzerConfigOptions options)
    {
        if (!options.TryGetValue(Property, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return Default;
        }

        var root = value.Trim().TrimEnd('/');
        var problem = Validate(root);
        return problem is null ? new DeploymentLayout(root) : Default with { Requested = value, Problem = problem };
    }

    private static string? Validate(string root)
    {
        if (root.Length == 0 || root.StartsWith("/", System.StringComparison.Ordinal) || (root.Length > 1 && root[1] == ':'))
        {
            return "it must be a path relative to the repository root";
        }

        if (root.IndexOf('\\') >= 0)
        {
            return "use '/' to separate folders, so the same value works on every operating system";
        }

        foreach (var segment in root.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                return "it must not contain empty, '.' or '..' segments, which could leave the repository";
            }
        }

        return null;
    }
}
