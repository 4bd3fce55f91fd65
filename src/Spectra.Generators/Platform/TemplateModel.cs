using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Spectra.Generators.Common;
using Spectra.Generators.Evaluation;
using Spectra.Generators.Values;

namespace Spectra.Generators.Platform;

/// <summary>A parameter of an org template; <see cref="Default"/> is null when the parameter has no default value.</summary>
internal sealed record TemplateParameter(string Name, Value? Default);

/// <summary>
/// An org template as embedded data: its parameters and its body, evaluated with every parameter left in place
/// (<see cref="ParameterValue"/>, <see cref="TemplateStringValue"/>). Embedded like any member, as a value of type
/// <see cref="TypeName"/> keyed by <see cref="Id"/>, so packages built before templates simply have no entry.
/// </summary>
internal sealed record TemplateModel(EquatableArray<TemplateParameter> Parameters, Value Body)
{
    public const string TypeName = "Spectra.Generation.Template";
    private const string ParameterTypeName = "Spectra.Generation.TemplateParameter";

    /// <summary><c>Contoso.Infra.Templates.DotnetBuild(System.String,System.String)</c>: overloads get distinct ids.</summary>
    public static string Id(IMethodSymbol method) =>
        OperationEvaluator.DeclarationId(method) + "(" + string.Join(",", method.Parameters.Select(p => p.Type.FullName())) + ")";

    public Value Encode()
    {
        var parameters = Parameters.Select(p => (Value)new ObjectValue(ParameterTypeName, Fields(p)));
        return new ObjectValue(TypeName, new[]
        {
            new MapEntry("Parameters", new ListValue(parameters.ToEquatableArray())),
            new MapEntry("Body", Body),
        }.ToEquatableArray());
    }

    /// <summary>The template a value encodes, or null when it is not one (an ordinary member, or a newer format).</summary>
    public static TemplateModel? Decode(Value value)
    {
        if (value is not ObjectValue { TypeName: TypeName } template || template["Parameters"] is not ListValue list || template["Body"] is not { } body)
        {
            return null;
        }

        var parameters = new List<TemplateParameter>();
        foreach (var item in list.Items)
        {
            if (item is not ObjectValue { TypeName: ParameterTypeName } parameter || parameter["Name"] is not StringValue name)
            {
                return null;
            }

            parameters.Add(new TemplateParameter(name.Text, parameter["Default"]));
        }

        return new TemplateModel(parameters.ToEquatableArray(), body);
    }

    private static EquatableArray<MapEntry> Fields(TemplateParameter parameter) =>
        parameter.Default is null
            ? new[] { new MapEntry("Name", new StringValue(parameter.Name)) }.ToEquatableArray()
            : new[] { new MapEntry("Name", new StringValue(parameter.Name)), new MapEntry("Default", parameter.Default) }.ToEquatableArray();
}
