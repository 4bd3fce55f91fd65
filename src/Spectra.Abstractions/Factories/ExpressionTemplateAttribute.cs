using System;

namespace Spectra.Factories;

/// <summary>
/// Marks a static method returning a string built from a template, so the generator can evaluate calls at compile
/// time: the tokens <c>{0}</c>, <c>{1}</c>… are replaced by the arguments, and nothing else in the template is
/// special, so <c>${{ secrets.{0} }}</c> reads as written.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ExpressionTemplateAttribute : Attribute
{
    /// <summary>Marks a template helper.</summary>
    /// <param name="template">The template; <c>{0}</c>, <c>{1}</c>… stand for the arguments.</param>
    public ExpressionTemplateAttribute(string template) => Template = template;

    /// <summary>The template; <c>{0}</c>, <c>{1}</c>… stand for the arguments.</summary>
    public string Template { get; }
}
