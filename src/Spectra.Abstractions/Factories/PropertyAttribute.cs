using System;

namespace Spectra.Factories;

/// <summary>Names the property that a factory parameter sets (see <see cref="ObjectFactoryAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PropertyAttribute : Attribute
{
    /// <summary>Maps the parameter to a property.</summary>
    /// <param name="name">The property's name on the factory's return type.</param>
    public PropertyAttribute(string name) => Name = name;

    /// <summary>The property's name on the factory's return type.</summary>
    public string Name { get; }
}
