using System;

namespace Spectra.Factories;

/// <summary>Names the action input (<c>with:</c> key) that a parameter of an <see cref="ActionStepAttribute"/> helper sets.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ActionInputAttribute : Attribute
{
    /// <summary>Maps the parameter to an action input.</summary>
    /// <param name="name">The input's name as the action declares it, e.g. <c>dotnet-version</c>.</param>
    public ActionInputAttribute(string name) => Name = name;

    /// <summary>The input's name as the action declares it.</summary>
    public string Name { get; }
}
