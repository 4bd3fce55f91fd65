using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Evaluation;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;

namespace Spectra.Generators.Deployments.Parsing;

/// <summary>
/// Resolves a <c>[Service]</c> declaration against the environments: one merged, defaulted workload per environment
/// it deploys to, plus the base workload the chart's values.yaml holds.
/// </summary>
internal static class ServiceParser
{
    private const string OverridesType = "Spectra.Overrides<Spectra.ServiceSettings>";

    public static (ServiceModel Service, List<Issue> Issues) Parse(DeploymentDeclaration declaration, EnvironmentSetModel environments)
    {
        var issues = new List<Issue>();
        var typeName = declaration.TypeName;
        var settings = declaration.Members.Where(m => m.TypeName == KnownNames.ServiceSettings).ToList();
        var overrides = declaration.Members.FirstOrDefault(m => m.TypeName == OverridesType);
        var deployTo = declaration.Members.FirstOrDefault(m => m.Name == DeploymentPaths.DeployTo && m.Value is ListValue);
        if (settings.Count == 0 || settings[0].Value is not ObjectValue baseValue)
        {
            if (settings.Count == 0)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.ServiceWithoutSettings, typeName, declaration.Name));
            }

            return (new ServiceModel(typeName, declaration.Name, DeploymentPaths.Name(typeName), null, EquatableArray<ServiceInstance>.Empty), issues);
        }

        var basePath = typeName + "." + settings[0].Name;
        for (var i = 1; i < settings.Count; i++)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.ServiceWithoutSettings, typeName + "." + settings[i].Name, declaration.Name));
        }

        var overridePath = overrides is null ? "" : typeName + "." + overrides.Name;
        var overrideEntries = overrides?.Value is MapValue map ? map.Entries : EquatableArray<MapEntry>.Empty;
        var targets = Targets(environments, deployTo, typeName, issues);
        foreach (var entry in overrideEntries)
        {
            if (!targets.Any(t => t.DeclarationId == entry.Key))
            {
                var environment = environments.Find(entry.Key);
                issues.Add(Issue.Create(DiagnosticDescriptors.OverrideForUndeployedEnvironment, DeploymentPaths.OverrideKey(ValuePath.Key(overridePath, entry.Key)), environment?.Id ?? entry.Key, declaration.Name));
            }
        }

        var instances = new List<ServiceInstance>();
        foreach (var environment in targets)
        {
            var entryPath = ValuePath.Key(overridePath, environment.DeclarationId);
            var overrideValue = overrideEntries.FirstOrDefault(e => e.Key == environment.DeclarationId)?.Value as ObjectValue;
            var (merged, origins) = SettingsMerger.Merge(baseValue, basePath, overrideValue, entryPath);
            var reader = new ValueReader();
            var workload = new WorkloadParser(reader, origins, declaration.Name).Parse(merged, basePath);
            issues.AddRange(reader.Issues.Select(issue => issue with { Path = origins.Resolve(issue.Path) }));
            instances.Add(new ServiceInstance(environment, workload));
        }

        var baseWorkload = new WorkloadParser(new ValueReader(), PathMap.Identity, declaration.Name).Parse(baseValue, basePath);
        return (new ServiceModel(typeName, declaration.Name, DeploymentPaths.Name(typeName), baseWorkload, instances.ToEquatableArray()), issues);
    }

    /// <summary>The environments named in <c>DeployTo</c> (matched to their declarations), or every environment.</summary>
    private static List<EnvironmentDefinition> Targets(EnvironmentSetModel environments, DeclaredMember? deployTo, string typeName, List<Issue> issues)
    {
        if (deployTo?.Value is not ListValue list)
        {
            return [.. environments.Environments];
        }

        var targets = new List<EnvironmentDefinition>();
        var listPath = typeName + "." + deployTo.Name;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var match = environments.Environments.FirstOrDefault(e => e.DeclarationId == EnvironmentIdentity.Of(list.Items[i], environments));
            if (match is null)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.UndeclaredEnvironment, ValuePath.Index(listPath, i)));
            }
            else if (!targets.Contains(match))
            {
                targets.Add(match);
            }
        }

        // Deploy in promotion order, whatever order DeployTo lists them in.
        return [.. environments.Environments.Where(targets.Contains)];
    }
}
