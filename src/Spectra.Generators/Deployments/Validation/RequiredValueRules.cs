using System.Collections.Generic;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Deployments.Validation;

/// <summary>
/// A config value declared as <c>Setting.Required</c>, or a secret variable declared as null, must be given by every
/// environment's override: otherwise the pod would start without it.
/// </summary>
internal static class RequiredValueRules
{
    public static void Check(ServiceModel service, ServiceInstance instance, List<Issue> issues)
    {
        foreach (var entry in instance.Workload.Config)
        {
            if (entry.Value is null)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.RequiredValueMissing, entry.Path, "Setting", entry.Key, service.Name, instance.Environment.Id));
            }
        }

        foreach (var secret in instance.Workload.Secrets)
        {
            if (secret.Secret is null || secret.Key is null)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.RequiredValueMissing, secret.Path, "Secret", secret.Variable, service.Name, instance.Environment.Id));
            }
        }
    }
}
