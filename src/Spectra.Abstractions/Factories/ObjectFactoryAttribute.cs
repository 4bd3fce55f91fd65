using System;

namespace Spectra.Factories;

/// <summary>
/// Tells the Spectra generator what a static method (or conversion operator) returns, so that calls to it can be
/// evaluated at compile time without running it: the result is an instance of the method's return type whose
/// properties are set from the arguments. Each parameter sets the property of the same name (ignoring case), or the
/// one named by <see cref="PropertyAttribute"/>.
/// </summary>
/// <remarks>Org packages use it to publish their own typed helpers.</remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ObjectFactoryAttribute : Attribute
{
}
