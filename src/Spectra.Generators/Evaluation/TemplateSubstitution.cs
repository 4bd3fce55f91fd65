using System;
using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Values;

namespace Spectra.Generators.Evaluation;

/// <summary>
/// Puts a call's argument values into an org template's body. A field or dictionary entry whose argument is null
/// is left out, exactly as if the template had been written with that null (a null property is never set).
/// <paramref name="placed"/> hears the value path of every place a parameter went, so a rule about that value can
/// point at the argument that supplied it.
/// </summary>
internal sealed class TemplateSubstitution(IReadOnlyDictionary<string, Value> arguments, Action<string, string> placed)
{
    /// <summary>The parameter whose argument has no text form but is used in text; set when <see cref="Apply"/> fails.</summary>
    public string? NotText { get; private set; }

    /// <summary>The body with every parameter replaced, or null when an argument cannot go where the template puts it.</summary>
    public Value? Apply(Value body, string path)
    {
        switch (body)
        {
            case ParameterValue parameter:
                placed(path, parameter.Name);
                return arguments.TryGetValue(parameter.Name, out var argument) ? argument : parameter;
            case TemplateStringValue text:
                return Text(text, path);
            case ListValue list:
                return All(list.Items, path) is { } items ? new ListValue(items.ToEquatableArray()) : null;
            case MapValue map:
                return Entries(map.Entries, path, ValuePath.Key) is { } entries ? new MapValue(entries) : null;
            case ObjectValue obj:
                return Entries(obj.Fields, path, ValuePath.Field) is { } fields ? obj with { Fields = fields } : null;
            default:
                return body;
        }
    }

    private Value? Text(TemplateStringValue text, string path)
    {
        var builder = new TemplateTextBuilder();
        foreach (var part in text.Parts)
        {
            var value = Apply(part, path);
            if (value is null || (value is not NullValue && !builder.Append(value)))
            {
                NotText ??= (part as ParameterValue)?.Name;
                return null;
            }
        }

        return builder.ToValue();
    }

    private List<Value>? All(IEnumerable<Value> values, string path)
    {
        var result = new List<Value>();
        foreach (var value in values)
        {
            if (Apply(value, ValuePath.Index(path, result.Count)) is not { } applied)
            {
                return null;
            }

            result.Add(applied);
        }

        return result;
    }

    private EquatableArray<MapEntry>? Entries(EquatableArray<MapEntry> entries, string path, Func<string, string, string> child)
    {
        var result = new List<MapEntry>();
        foreach (var entry in entries)
        {
            if (Apply(entry.Value, child(path, entry.Key)) is not { } applied)
            {
                return null;
            }

            if (applied is not NullValue || entry.Value is not ParameterValue)
            {
                result.Add(entry with { Value = applied });
            }
        }

        return result.ToEquatableArray();
    }

    /// <summary>The name of the first template parameter inside the value.</summary>
    public static string? FirstParameter(Value value) => value switch
    {
        ParameterValue parameter => parameter.Name,
        TemplateStringValue text => text.Parts.Select(FirstParameter).FirstOrDefault(n => n is not null),
        ListValue list => list.Items.Select(FirstParameter).FirstOrDefault(n => n is not null),
        MapValue map => map.Entries.Select(e => FirstParameter(e.Value)).FirstOrDefault(n => n is not null),
        ObjectValue obj => obj.Fields.Select(e => FirstParameter(e.Value)).FirstOrDefault(n => n is not null),
        _ => null,
    };
}
