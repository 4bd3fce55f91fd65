using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Deployments.Validation;

/// <summary>The ingress host, its paths and the port it routes to.</summary>
internal static class IngressRules
{
    public static void Check(ServiceModel service, ServiceInstance instance, List<Issue> issues)
    {
        if (instance.Workload.Ingress is not { } ingress)
        {
            return;
        }

        var hostPath = Models.Field(ingress.Path, "Host");
        if (ingress.Host is null)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.InvalidIngressHost, ingress.Path, "", $"service '{service.Name}' has no ingress host in environment '{instance.Environment.Id}'"));
        }
        else if (HostProblem(ingress.Host) is { } problem)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.InvalidIngressHost, hostPath, ingress.Host, problem));
        }

        foreach (var path in ingress.Paths)
        {
            var problem = !path.Text.StartsWith("/", System.StringComparison.Ordinal) ? "a path must start with '/'"
                : path.Text.IndexOfAny(['*', '(', ')', '[', ']', '?', '{', '}', '\\', ' ', '$', '^']) >= 0 ? "Prefix paths are literal: wildcards, regular expressions and spaces are not allowed"
                : path.Text.Contains("//") ? "a path must not contain '//'"
                : null;
            if (problem is not null)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.InvalidIngressPath, path.Path, path.Text, problem));
            }
        }

        var port = ingress.Port ?? instance.Workload.DefaultPortName;
        if (port is null || !instance.Workload.Ports.Any(p => p.Name == port))
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.IngressPortNotDeclared, ingress.Port is null ? ingress.Path : Models.Field(ingress.Path, "Port"), service.Name, port ?? "(none: no ports are declared)"));
        }
    }

    private static string? HostProblem(string host)
    {
        if (host.Contains("://") || host.Contains('/') || host.Contains(':'))
        {
            return "a host is a DNS name only: no scheme, port or path";
        }

        if (host.IndexOf('*') > 0 || (host.StartsWith("*", System.StringComparison.Ordinal) && !host.StartsWith("*.", System.StringComparison.Ordinal)))
        {
            return "a wildcard is allowed only as the whole first label ('*.example.com')";
        }

        var name = host.StartsWith("*.", System.StringComparison.Ordinal) ? host.Substring(2) : host;
        if (System.Net.IPAddress.TryParse(name, out _))
        {
            return "Ingress hosts cannot be IP addresses";
        }

        return KubernetesNames.Dns1123Subdomain(name);
    }
}
