using System;
using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Deployments.Validation;

/// <summary>The container: image, ports, environment variables, config keys and probe ports.</summary>
internal static class ContainerRules
{
    public static void Check(ServiceModel service, ServiceInstance instance, List<Issue> issues)
    {
        var workload = instance.Workload;
        CheckImage(service, instance, issues);
        CheckPorts(service, workload, issues);
        CheckVariables(service, workload, issues);
        foreach (var probe in workload.Probes.All)
        {
            var port = probe.Port ?? workload.DefaultPortName;
            if (port is null || !workload.Ports.Any(p => p.Name == port))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.ProbePortNotDeclared, probe.Port is null ? probe.Path : Models.Field(probe.Path, "Port"), probe.Kind.ToLowerInvariant(), port ?? "(none: no ports are declared)", service.Name));
            }
        }
    }

    private static void CheckImage(ServiceModel service, ServiceInstance instance, List<Issue> issues)
    {
        if (instance.Workload.Image is not { } image)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.MissingImage, instance.Workload.Path, service.Name, instance.Environment.Id));
            return;
        }

        if (image.Digest is null)
        {
            var problem = image.Tag is null ? "has neither a tag nor a digest, so it means ':latest'"
                : image.Tag.Equals("latest", StringComparison.OrdinalIgnoreCase) ? "uses the tag 'latest', which moves under a running deployment"
                : null;
            if (problem is not null)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.MutableImageTag, image.Tag is null ? image.Path : Models.Field(image.Path, "Tag"), image.Reference, problem));
            }
            else if (instance.Environment.RequireImageDigest)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.ImageDigestRequired, Models.Field(image.Path, "Tag"), instance.Environment.Id, service.Name, image.Tag!));
            }
        }
    }

    private static void CheckPorts(ServiceModel service, WorkloadModel workload, List<Issue> issues)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<int>();
        var servicePorts = new HashSet<int>();
        foreach (var port in workload.Ports)
        {
            var namePath = Models.Field(port.Path, "Name");
            if (KubernetesNames.PortName(port.Name) is { } problem)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.InvalidPortName, namePath, port.Name, problem));
            }
            else if (!names.Add(port.Name))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.DuplicatePort, namePath, "name", port.Name, service.Name));
            }

            if (!numbers.Add(port.Port))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.DuplicatePort, Models.Field(port.Path, "Port"), "number", port.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), service.Name));
            }
            else if (!servicePorts.Add(port.ServicePort))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.DuplicatePort, Models.Field(port.Path, "ServicePort"), "number", port.ServicePort.ToString(System.Globalization.CultureInfo.InvariantCulture), service.Name));
            }
        }
    }

    private static void CheckVariables(ServiceModel service, WorkloadModel workload, List<Issue> issues)
    {
        foreach (var entry in workload.Config)
        {
            if (KubernetesNames.ConfigMapKey(entry.Key) is { } problem)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.InvalidConfigKey, entry.Path, entry.Key, problem));
            }
        }

        foreach (var secret in workload.Secrets)
        {
            if (workload.Config.Any(c => c.Key == secret.Variable))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.DuplicateEnvironmentVariable, secret.Path, secret.Variable, service.Name, "Config", "Secrets"));
            }
        }
    }
}
