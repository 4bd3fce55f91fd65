using System.Collections.Generic;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Deployments.Validation;

/// <summary>
/// The secure defaults hold unless an <c>OptOut</c> says why: an opt-out needs a real reason, root needs an opt-out,
/// and probes are required unless opted out.
/// </summary>
internal static class SecurityRules
{
    /// <summary>Fewer characters than this cannot explain anything ("n/a", "legacy", "TODO").</summary>
    private const int MinimumJustification = 12;

    public static void Check(ServiceModel service, ServiceInstance instance, List<Issue> issues)
    {
        var workload = instance.Workload;
        var optOuts = new List<OptOutModel>(workload.Security.OptOuts);
        if (workload.ServiceAccount?.MountToken is { } token)
        {
            optOuts.Add(token);
        }

        foreach (var optOut in optOuts)
        {
            var reason = optOut.Justification.Trim();
            var problem = reason.Length == 0 ? "the justification is empty"
                : reason.Length < MinimumJustification ? $"'{reason}' is too short to explain why the default cannot hold"
                : reason.ToUpperInvariant() is "TODO" or "TBD" or "N/A" or "NONE" ? $"'{reason}' is a placeholder"
                : null;
            if (problem is not null)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.OptOutWithoutJustification, optOut.Path, OptOutName(optOut.Path), problem));
            }
        }

        if (workload.Security.RunAsUser == 0 && workload.Security.RunAsRoot is null)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.RootUserWithoutOptOut, workload.Security.Path, service.Name));
        }

        if (workload.Security.NoProbes is null)
        {
            if (workload.Probes.Liveness is null)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.MissingProbes, workload.Probes.Path, service.Name, "liveness", instance.Environment.Id));
            }

            if (workload.Probes.Readiness is null)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.MissingProbes, workload.Probes.Path, service.Name, "readiness", instance.Environment.Id));
            }
        }
    }

    /// <summary><c>Api.Settings.Security.RunAsRoot.Justification</c> → <c>Security.RunAsRoot</c>.</summary>
    private static string OptOutName(string justificationPath)
    {
        var optOut = Values.ValuePath.Parent(justificationPath);
        var owner = Values.ValuePath.Parent(optOut);
        return Last(owner) + "." + Last(optOut);
    }

    private static string Last(string path) => path.Substring(Values.ValuePath.Parent(path).Length).TrimStart('.');
}
