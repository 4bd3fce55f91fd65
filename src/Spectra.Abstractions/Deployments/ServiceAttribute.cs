using System;

namespace Spectra;

/// <summary>
/// Marks a static class that declares one deployable service. The build writes its Kubernetes manifests per
/// environment (<c>deploy/{name}/{env}/manifests.yaml</c>), a Helm chart with values per environment
/// (<c>deploy/charts/{name}/</c>) and, when a <see cref="GitOpsRepository"/> is declared, Argo CD applications.
/// </summary>
/// <remarks>
/// Members are recognised by type: one <see cref="ServiceSettings"/> (the settings of every environment), an
/// optional <see cref="Overrides{T}">Overrides&lt;ServiceSettings&gt;</see> (what differs per environment) and an
/// optional <c>IReadOnlyList&lt;DeploymentEnvironment&gt;</c> named <c>DeployTo</c> (defaults to every environment
/// of the promotion order).
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ServiceAttribute : Attribute
{
    /// <summary>Declares a service.</summary>
    /// <param name="name">The service name: the base name of its Kubernetes objects, e.g. <c>api</c>.</param>
    public ServiceAttribute(string name) => Name = name;

    /// <summary>The service name: the base name of its Kubernetes objects and of its Helm chart.</summary>
    public string Name { get; }
}
