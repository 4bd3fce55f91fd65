using System.Collections.Generic;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Deployments.Validation;

/// <summary>Quantities that parse and mean what they say, requests within limits, and the required ones present.</summary>
internal static class ResourceRules
{
    public static void Check(ServiceModel service, ServiceInstance instance, List<Issue> issues)
    {
        var resources = instance.Workload.Resources;
        var environment = instance.Environment.Id;
        var cpuOk = Quantity(resources.CpuRequest, "cpu", issues) & Quantity(resources.CpuLimit, "cpu", issues);
        var memoryOk = Quantity(resources.MemoryRequest, "memory", issues) & Quantity(resources.MemoryLimit, "memory", issues);
        var storageOk = Quantity(resources.StorageRequest, "ephemeral-storage", issues) & Quantity(resources.StorageLimit, "ephemeral-storage", issues);
        if (cpuOk)
        {
            RequestWithinLimit(resources.CpuRequest, resources.CpuLimit, "cpu", environment, issues);
        }

        if (memoryOk)
        {
            RequestWithinLimit(resources.MemoryRequest, resources.MemoryLimit, "memory", environment, issues);
        }

        if (storageOk)
        {
            RequestWithinLimit(resources.StorageRequest, resources.StorageLimit, "ephemeral-storage", environment, issues);
        }

        if (resources.CpuRequest is null && resources.MemoryRequest is null)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.MissingResourceSettings, resources.Path, service.Name, "resource requests (Resources.Requests.Cpu and .Memory)", environment));
        }

        if (resources.MemoryLimit is null && instance.Workload.Security.NoMemoryLimit is null)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.MissingResourceSettings, resources.Path, service.Name, "memory limit (Resources.Limits.Memory)", environment));
        }
    }

    private static bool Quantity(QuantityModel? quantity, string resource, List<Issue> issues)
    {
        if (quantity is null)
        {
            return true;
        }

        if (Quantities.Problem(quantity.Text, resource) is { } problem)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.InvalidQuantity, quantity.Path, quantity.Text, resource, problem));
            return false;
        }

        if (resource != "cpu" && Quantities.BinaryAlternative(quantity.Text) is { } binary && Quantities.TryParse(quantity.Text, out var bytes, out var suffix))
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.DecimalMemorySuffix, quantity.Path, quantity.Text, suffix, bytes.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture), binary));
        }

        return true;
    }

    private static void RequestWithinLimit(QuantityModel? request, QuantityModel? limit, string resource, string environment, List<Issue> issues)
    {
        if (request is not null && limit is not null &&
            Quantities.TryParse(request.Text, out var requested, out _) && Quantities.TryParse(limit.Text, out var limited, out _) &&
            requested > limited)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.RequestExceedsLimit, request.Path, resource, request.Text, limit.Text, environment));
        }
    }
}
