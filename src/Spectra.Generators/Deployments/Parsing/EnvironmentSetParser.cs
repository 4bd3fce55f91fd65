using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Deployments.Validation;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Evaluation;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;

namespace Spectra.Generators.Deployments.Parsing;

/// <summary>
/// Reads every <c>[Environments]</c> class into one <see cref="EnvironmentSetModel"/>: environments with defaults
/// applied, ordered by the declared promotion, and the GitOps repository.
/// </summary>
internal static class EnvironmentSetParser
{
    public const string DefaultCluster = "https://kubernetes.default.svc";
    public const string DefaultKubernetesVersion = "1.31";

    public static EnvironmentSetModel Parse(ImmutableArray<DeploymentDeclaration> declarations)
    {
        var reader = new ValueReader();
        var environments = new List<(EnvironmentDefinition Model, Value Value)>();
        var promotions = new List<(DeclaredMember Member, string Path)>();
        GitOpsModel? gitOps = null;
        foreach (var declaration in declarations.OrderBy(d => d.TypeName, System.StringComparer.Ordinal))
        {
            foreach (var member in declaration.Members)
            {
                var path = declaration.TypeName + "." + member.Name;
                switch (member.Value)
                {
                    case ObjectValue value when member.TypeName == KnownNames.DeploymentEnvironment:
                        environments.Add((Environment(reader, member.DeclarationId, value, path), value));
                        break;
                    case ObjectValue value when member.TypeName == KnownNames.GitOpsRepository:
                        gitOps = new GitOpsModel(
                            reader.String(value, "Url", path) ?? "",
                            reader.String(value, "Revision", path) ?? "main",
                            reader.String(value, "ArgoNamespace", path) ?? "argocd",
                            path);
                        break;
                    case ListValue when member.Name == DeploymentPaths.Promotion:
                        promotions.Add((member, path));
                        break;
                }
            }
        }

        var issues = reader.Issues.ToList();
        var ordered = environments.Select(e => e.Model).ToList();
        if (promotions.Count > 0)
        {
            var (member, path) = promotions[0];
            ordered = PromotionRules.Order(environments, (ListValue)member.Value!, path, issues);
            for (var i = 1; i < promotions.Count; i++)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.SecondPromotionOrder, promotions[i].Path, promotions[0].Path));
            }
        }

        var declaringType = declarations.IsEmpty ? "" : declarations.Select(d => d.TypeName).OrderBy(n => n, System.StringComparer.Ordinal).First();
        var set = new EnvironmentSetModel(declaringType, ordered.ToEquatableArray(), promotions.Count > 0, gitOps, EquatableArray<Issue>.Empty);
        issues.AddRange(EnvironmentRules.Check(set));
        return set with { Issues = issues.ToEquatableArray() };
    }

    private static EnvironmentDefinition Environment(ValueReader reader, string declarationId, ObjectValue value, string path)
    {
        var name = reader.String(value, "Name", path) ?? "";
        var id = reader.String(value, "Id", path) ?? name;
        var labels = new List<LocatedPair>();
        var labelsPath = ValuePath.Field(path, "Labels");
        foreach (var pair in reader.StringMap(value, "Labels", path))
        {
            labels.Add(new LocatedPair(pair.Key, pair.Value, ValuePath.Key(labelsPath, pair.Key)));
        }

        return new EnvironmentDefinition(
            declarationId,
            path,
            name,
            id,
            reader.String(value, "Namespace", path) ?? id,
            reader.String(value, "Cluster", path) ?? DefaultCluster,
            reader.String(value, "ArgoProject", path) ?? "default",
            reader.Bool(value, "AutoSync", path) ?? true,
            reader.String(value, "KubernetesVersion", path) ?? DefaultKubernetesVersion,
            reader.Bool(value, "RequireImageDigest", path) ?? false,
            labels.ToEquatableArray());
    }
}
