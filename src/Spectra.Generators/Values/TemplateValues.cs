using Spectra.Generators.Common;

namespace Spectra.Generators.Values;

/// <summary>
/// A parameter of an org template (<c>DotnetBuild(string project)</c>), placed where the template uses it. Exists only
/// in a template's body as the org package embeds it; a product's call replaces it with the argument's value.
/// </summary>
internal sealed record ParameterValue(string Name) : Value
{
    public override string Describe() => "the template parameter '" + Name + "'";
}

/// <summary>
/// Text that contains template parameters (<c>$"dotnet build {project}"</c>): literal parts as <see cref="StringValue"/>,
/// parameter parts as <see cref="ParameterValue"/>, in order. A call renders it to a <see cref="StringValue"/>.
/// </summary>
internal sealed record TemplateStringValue(EquatableArray<Value> Parts) : Value
{
    public override string Describe() => "a string with template parameters";
}
