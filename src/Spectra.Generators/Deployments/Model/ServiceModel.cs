using Spectra.Generators.Common;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Deployments.Model;

/// <summary>One service in one environment.</summary>
internal sealed record ServiceInstance(EnvironmentDefinition Environment, WorkloadModel Workload);

/// <summary>
/// A <c>[Service]</c> class resolved against the environments: the base workload (what values.yaml holds) and one
/// instance per environment it deploys to, in promotion order.
/// </summary>
internal sealed record ServiceModel(string TypeName, string Name, string NamePath, WorkloadModel? Base, EquatableArray<ServiceInstance> Instances);

/// <summary>A parsed service with every problem parsing and per-service validation found.</summary>
internal sealed record ParsedService(ServiceModel Service, EnvironmentSetModel Environments, EquatableArray<Issue> Issues);
