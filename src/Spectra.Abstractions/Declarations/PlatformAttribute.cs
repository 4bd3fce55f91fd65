using System;

namespace Spectra;

/// <summary>
/// Marks a static class of an org platform package: its public static members (jobs, steps, environments,
/// policies) are evaluated when the package is built and embedded in its assembly as data, so product repos that
/// reference the package use them like their own declarations.
/// </summary>
/// <remarks>
/// Jobs keep the platform's namespace in product workflows: with <c>[Platform("infra")]</c>, the member
/// <c>SecurityScan</c> becomes the job <c>infra-security-scan</c>, so org jobs and product jobs never collide.
/// <para>
/// Its public static expression-bodied methods are templates: each is embedded with its parameters left in place,
/// and a product's call fills in the arguments (a job a template returns belongs to the product member holding it).
/// A template may place its parameters anywhere (values, strings, arguments) but not compute with them (SPX8010).
/// </para>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PlatformAttribute : Attribute
{
    /// <summary>Declares a platform class.</summary>
    /// <param name="prefix">The namespace of its jobs' ids, e.g. <c>infra</c>.</param>
    public PlatformAttribute(string prefix) => Prefix = prefix;

    /// <summary>The namespace of the class's jobs' ids.</summary>
    public string Prefix { get; }
}
