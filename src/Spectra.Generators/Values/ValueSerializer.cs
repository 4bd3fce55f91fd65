using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Spectra.Generators.Common;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Spectra.Generators.Values;

/// <summary>
/// Writes a <see cref="Value"/> as YAML and reads it back, so an org package can embed evaluated values in its
/// assembly. Every value is a flow sequence that starts with its kind (<c>["s", "text"]</c>, <c>["obj", "Spectra.Job",
/// ["Name", [...]]]</c>) and every scalar is double-quoted, so no YAML reader can reinterpret a string.
/// </summary>
internal static class ValueSerializer
{
    public static string Serialize(Value value)
    {
        var writer = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(ToNode(value))).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>The value, or null when the text is not a value this version understands.</summary>
    public static Value? Deserialize(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 1 ? FromNode(stream.Documents[0].RootNode) : null;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    private static YamlNode ToNode(Value value) => value switch
    {
        StringValue s => Tagged("s", Scalar(s.Text)),
        NumberValue n => Tagged("n", Scalar(n.Text)),
        BoolValue b => Tagged("b", Scalar(b.Flag ? "true" : "false")),
        NullValue => Tagged("null"),
        ListValue list => Tagged("list", [.. list.Items.Select(ToNode)]),
        MapValue map => Tagged("map", [.. map.Entries.Select(Entry)]),
        ObjectValue obj => Tagged("obj", [Scalar(obj.TypeName), .. obj.Fields.Select(Entry)]),
        EnumValue e => Tagged("enum", Scalar(e.TypeName), Scalar(e.Member)),
        ReferenceValue r => Tagged("ref", Scalar(r.DeclarationId), Scalar(r.TypeName)),
        ParameterValue p => Tagged("param", Scalar(p.Name)),
        TemplateStringValue t => Tagged("text", [.. t.Parts.Select(ToNode)]),
        _ => throw new InvalidOperationException("Unknown value kind " + value.GetType().Name),
    };

    private static YamlNode Entry(MapEntry entry) => new YamlSequenceNode(Scalar(entry.Key), ToNode(entry.Value)) { Style = SequenceStyle.Flow };

    private static YamlSequenceNode Tagged(string kind, params YamlNode[] items) =>
        new([Scalar(kind), .. items]) { Style = SequenceStyle.Flow };

    private static YamlScalarNode Scalar(string text) => new(text) { Style = ScalarStyle.DoubleQuoted };

    private static Value? FromNode(YamlNode node)
    {
        if (node is not YamlSequenceNode { Children: [YamlScalarNode { Value: { } kind }, ..] } sequence)
        {
            return null;
        }

        var items = sequence.Children.Skip(1).ToList();
        return (kind, items) switch
        {
            ("s", [YamlScalarNode { Value: { } text }]) => new StringValue(text),
            ("n", [YamlScalarNode { Value: { } text }]) => new NumberValue(text),
            ("b", [YamlScalarNode { Value: var flag }]) => new BoolValue(flag == "true"),
            ("null", []) => NullValue.Instance,
            ("list", _) => AllOrNull(items.Select(FromNode).ToList()) is { } values ? new ListValue(values.ToEquatableArray()) : null,
            ("map", _) => Entries(items) is { } entries ? new MapValue(entries.ToEquatableArray()) : null,
            ("obj", [YamlScalarNode { Value: { } type }, ..]) => Entries(items.Skip(1)) is { } fields ? new ObjectValue(type, fields.ToEquatableArray()) : null,
            ("enum", [YamlScalarNode { Value: { } type }, YamlScalarNode { Value: { } member }]) => new EnumValue(type, member),
            ("ref", [YamlScalarNode { Value: { } id }, YamlScalarNode { Value: { } type }]) => new ReferenceValue(id, type),
            ("param", [YamlScalarNode { Value: { } name }]) => new ParameterValue(name),
            ("text", _) => AllOrNull(items.Select(FromNode).ToList()) is { } parts ? new TemplateStringValue(parts.ToEquatableArray()) : null,
            _ => null,
        };
    }

    private static List<MapEntry>? Entries(IEnumerable<YamlNode> nodes)
    {
        var entries = new List<MapEntry>();
        foreach (var node in nodes)
        {
            if (node is not YamlSequenceNode { Children: [YamlScalarNode { Value: { } key }, var valueNode] } || FromNode(valueNode) is not { } value)
            {
                return null;
            }

            entries.Add(new MapEntry(key, value));
        }

        return entries;
    }

    private static List<Value>? AllOrNull(List<Value?> values) => values.Any(v => v is null) ? null : values.ConvertAll(v => v!);
}
