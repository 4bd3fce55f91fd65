using System;
using System.Collections.Generic;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Deployments.Validation;

/// <summary>
/// A value that names another environment (<c>api.stg.example.com</c> in production, <c>db.dev.svc</c> in staging)
/// is almost always an override someone forgot: the base value leaked into an environment it was not meant for.
/// </summary>
internal static class CrossEnvironmentRules
{
    private static readonly char[] Separators = ['.', '-', '/', ':', '_', '@', '=', ';', ','];

    public static void Check(ServiceModel service, ServiceInstance instance, EnvironmentSetModel environments, List<Issue> issues)
    {
        var workload = instance.Workload;
        var values = new List<(string Text, string Path)>();
        foreach (var entry in workload.Config)
        {
            if (entry.Value is not null)
            {
                values.Add((entry.Value, entry.Path));
            }
        }

        foreach (var secret in workload.Secrets)
        {
            if (secret.Secret is not null)
            {
                values.Add((secret.Secret, secret.Path));
            }
        }

        if (workload.Ingress is { Host: { } host } ingress)
        {
            values.Add((host, Models.Field(ingress.Path, "Host")));
        }

        if (workload.Ingress?.TlsSecret is { } tls)
        {
            values.Add((tls, Models.Field(workload.Ingress.Path, "TlsSecret")));
        }

        foreach (var (text, path) in values)
        {
            if (OtherEnvironmentNamed(text, instance.Environment, environments) is { } other)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.CrossEnvironmentReference, path, instance.Environment.Id, service.Name, text, other.Id));
            }
        }
    }

    private static EnvironmentDefinition? OtherEnvironmentNamed(string text, EnvironmentDefinition current, EnvironmentSetModel environments)
    {
        var tokens = new HashSet<string>(text.Split(Separators, StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
        if (tokens.Contains(current.Id) || tokens.Contains(current.Name) || tokens.Contains(current.Namespace))
        {
            return null; // names its own environment too: a deliberate composite, not a leak
        }

        foreach (var other in environments.Environments)
        {
            if (other != current && (tokens.Contains(other.Id) || tokens.Contains(other.Name) || tokens.Contains(other.Namespace)))
            {
                return other;
            }
        }

        return null;
    }
}
