using System;

namespace Spectra.Policies;

/// <summary>
/// Exempts one workflow or service class from one org policy. The org sees why: a suppression without a
/// <see cref="Justification"/> is itself an error.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class SuppressPolicyAttribute : Attribute
{
    /// <summary>Suppresses the policy with this id.</summary>
    /// <param name="policyId">The policy's id, as the org package declares it.</param>
    public SuppressPolicyAttribute(string policyId) => PolicyId = policyId;

    /// <summary>The policy's id.</summary>
    public string PolicyId { get; }

    /// <summary>Why this workflow or service may break the policy: reviewed like code.</summary>
    public string? Justification { get; set; }
}
