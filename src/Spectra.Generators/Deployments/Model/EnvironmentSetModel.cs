using Spectra.Generators.Common;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Deployments.Model;

/// <summary>
/// One declared environment with its defaults applied. <see cref="DeclarationId"/> (<c>Ns.Environments.Prd</c>) is
/// its identity: overrides are keyed by it.
/// </summary>
internal sealed record EnvironmentDefinition(
    string DeclarationId,
    string Path,
    string Name,
    string Id,
    string Namespace,
    string Cluster,
    string ArgoProject,
    bool AutoSync,
    string KubernetesVersion,
    bool RequireImageDigest,
    EquatableArray<LocatedPair> Labels);

/// <summary>Where Argo CD reads the charts from, declared in the <c>[Environments]</c> class.</summary>
internal sealed record GitOpsModel(string Url, string Revision, string ArgoNamespace, string Path);

/// <summary>
/// Every environment of the compilation, in promotion order when one is declared (declaration order otherwise),
/// plus the problems found while reading them.
/// </summary>
internal sealed record EnvironmentSetModel(
    string DeclaringType,
    EquatableArray<EnvironmentDefinition> Environments,
    bool HasPromotion,
    GitOpsModel? GitOps,
    EquatableArray<Issue> Issues)
{
    public static readonly EnvironmentSetModel Empty = new("", EquatableArray<EnvironmentDefinition>.Empty, false, null, EquatableArray<Issue>.Empty);

    public EnvironmentDefinition? Find(string declarationId)
    {
        foreach (var environment in Environments)
        {
            if (environment.DeclarationId == declarationId)
            {
                return environment;
            }
        }

        return null;
    }
}
