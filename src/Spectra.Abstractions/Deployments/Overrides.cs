using System.Collections.Generic;

namespace Spectra;

/// <summary>
/// Settings that differ per environment, keyed by the environment's declaration:
/// <c>new() { [Environments.Prd] = new() { Replicas = 3 } }</c>. Every override is the same typed record as the
/// base settings, so overriding a setting that does not exist is a C# compile error.
/// </summary>
/// <remarks>
/// An override is merged over the base settings like Helm merges values files: a property that is set replaces the
/// base value, nested settings (resources, ingress, ...) merge property by property, dictionaries merge key by key,
/// and lists are replaced whole.
/// </remarks>
/// <typeparam name="T">The settings record, e.g. <see cref="ServiceSettings"/>.</typeparam>
public sealed class Overrides<T> : Dictionary<DeploymentEnvironment, T>
{
}
