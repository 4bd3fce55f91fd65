using System.Collections.Generic;
using System.Globalization;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Parsing;

/// <summary>
/// Typed reads of evaluated values. A value of the wrong shape (possible only through <c>object</c>-typed
/// declarations) is an SPX0004 issue at its path, never an exception.
/// </summary>
internal sealed class ValueReader
{
    private readonly List<Issue> _issues = [];

    public EquatableArray<Issue> Issues => _issues.ToEquatableArray();

    public void Add(Issue issue) => _issues.Add(issue);

    public string? String(ObjectValue? owner, string field, string path) => Scalar(owner?[field], ValuePath.Field(path, field), "a string");

    public bool? Bool(ObjectValue? owner, string field, string path) => owner?[field] switch
    {
        null or NullValue => null,
        BoolValue b => b.Flag,
        var other => Mismatch<bool?>(ValuePath.Field(path, field), "a bool", other),
    };

    public int? Int(ObjectValue? owner, string field, string path) => owner?[field] switch
    {
        null or NullValue => null,
        NumberValue n when int.TryParse(n.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        var other => Mismatch<int?>(ValuePath.Field(path, field), "a whole number", other),
    };

    public ObjectValue? Object(ObjectValue? owner, string field, string path) => owner?[field] switch
    {
        null or NullValue => null,
        ObjectValue o => o,
        var other => Mismatch<ObjectValue?>(ValuePath.Field(path, field), "an object", other),
    };

    public EquatableArray<Value> List(ObjectValue? owner, string field, string path) => owner?[field] switch
    {
        null or NullValue => EquatableArray<Value>.Empty,
        ListValue l => l.Items,
        var other => Mismatch<EquatableArray<Value>>(ValuePath.Field(path, field), "a list", other),
    };

    public EquatableArray<string> StringList(ObjectValue? owner, string field, string path)
    {
        var items = new List<string>();
        var listPath = ValuePath.Field(path, field);
        var list = List(owner, field, path);
        for (var i = 0; i < list.Count; i++)
        {
            if (Scalar(list[i], ValuePath.Index(listPath, i), "a string") is { } text)
            {
                items.Add(text);
            }
        }

        return items.ToEquatableArray();
    }

    public EquatableArray<MapEntry> Map(ObjectValue? owner, string field, string path) => owner?[field] switch
    {
        null or NullValue => EquatableArray<MapEntry>.Empty,
        MapValue m => m.Entries,
        var other => Mismatch<EquatableArray<MapEntry>>(ValuePath.Field(path, field), "a dictionary", other),
    };

    public EquatableArray<StringPair> StringMap(ObjectValue? owner, string field, string path) => StringMap(Map(owner, field, path), ValuePath.Field(path, field));

    public EquatableArray<StringPair> StringMap(EquatableArray<MapEntry> entries, string path)
    {
        var pairs = new List<StringPair>();
        foreach (var entry in entries)
        {
            if (Scalar(entry.Value, ValuePath.Key(path, entry.Key), "a string") is { } text)
            {
                pairs.Add(new StringPair(entry.Key, text));
            }
        }

        return pairs.ToEquatableArray();
    }

    /// <summary>
    /// Free-form data (action inputs, matrix values, input defaults) becomes YAML as it is, so it may hold only
    /// strings, numbers, bools, enum members, lists and dictionaries; anything else is reported rather than dropped.
    /// </summary>
    public Value? PlainData(Value? value, string path)
    {
        switch (value)
        {
            case ObjectValue or ReferenceValue:
                Mismatch<Value?>(path, "a string, number, bool, list or dictionary", value);
                return null;
            case ListValue list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    PlainData(list.Items[i], ValuePath.Index(path, i));
                }

                return value;
            case MapValue map:
                foreach (var entry in map.Entries)
                {
                    PlainData(entry.Value, ValuePath.Key(path, entry.Key));
                }

                return value;
            default:
                return value;
        }
    }

    public EquatableArray<MapEntry> PlainMap(ObjectValue? owner, string field, string path)
    {
        var entries = Map(owner, field, path);
        PlainData(new MapValue(entries), ValuePath.Field(path, field));
        return entries;
    }

    /// <summary>Strings, and numbers or bools where a string is expected (GitHub reads them as strings anyway).</summary>
    public string? Scalar(Value? value, string path, string expected) => value switch
    {
        null or NullValue => null,
        StringValue s => s.Text,
        NumberValue n => n.Text,
        BoolValue b => b.Flag ? "true" : "false",
        var other => Mismatch<string?>(path, expected, other),
    };

    public T Mismatch<T>(string path, string expected, Value actual)
    {
        _issues.Add(Issue.Create(DiagnosticDescriptors.WrongValueType, path, path, expected, actual.Describe()));
        return default!;
    }
}
