using System;
using System.Collections.Generic;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Deployments.Validation;

/// <summary>Each environment: a unique name and id, an id that can name files, a valid namespace and labels.</summary>
internal static class EnvironmentRules
{
    public static IEnumerable<Issue> Check(EnvironmentSetModel set)
    {
        var issues = new List<Issue>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var environment in set.Environments)
        {
            if (!names.Add(environment.Name))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.DuplicateEnvironment, Models.Field(environment.Path, "Name"), "name", environment.Name, "names"));
            }
            else if (!ids.Add(environment.Id))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.DuplicateEnvironment, Models.Field(environment.Path, "Id"), "id", environment.Id, "ids"));
            }

            if (KubernetesNames.Dns1123Label(environment.Id) is { } idProblem)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.InvalidValuesFileName, Models.Field(environment.Path, "Id"), environment.Id, idProblem));
            }
            else if (KubernetesNames.Dns1123Label(environment.Namespace) is { } namespaceProblem)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.InvalidKubernetesName, Models.Field(environment.Path, "Namespace"), environment.Namespace, "Namespace", namespaceProblem));
            }

            foreach (var label in environment.Labels)
            {
                NameRules.CheckLabel(label, issues);
            }
        }

        return issues;
    }
}
