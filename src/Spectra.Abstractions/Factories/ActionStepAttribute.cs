using System;

namespace Spectra.Factories;

/// <summary>
/// Marks a static method returning an <see cref="ActionStep"/> that uses one action. At compile time a call becomes
/// <c>uses: {Uses}</c> with one <c>with:</c> input per argument that was passed (see <see cref="ActionInputAttribute"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ActionStepAttribute : Attribute
{
    /// <summary>Marks an action helper.</summary>
    /// <param name="uses">The action reference, e.g. <c>actions/checkout@v4</c>.</param>
    public ActionStepAttribute(string uses) => Uses = uses;

    /// <summary>The action reference, e.g. <c>actions/checkout@v4</c>.</summary>
    public string Uses { get; }
}
