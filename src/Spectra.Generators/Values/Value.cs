using System.Globalization;
using Spectra.Generators.Common;

namespace Spectra.Generators.Values;

/// <summary>
/// The closed value model the evaluator produces from declarations: what a declaration means, independent of C#
/// syntax, of Roslyn, and of any output format. Records, so equality is structural and pipelines can cache on it.
/// Values carry no locations (those live in a <see cref="LocationTable"/> keyed by path), so moving a declaration
/// or adding a comment leaves values equal and nothing re-renders.
/// </summary>
internal abstract record Value
{
    /// <summary>A short human description used in diagnostics ("a string", "a Spectra.Job").</summary>
    public abstract string Describe();
}

internal sealed record StringValue(string Text) : Value
{
    public override string Describe() => "a string";
}

/// <summary>A number kept as invariant text, so <c>10</c> and <c>10.0</c> render as written.</summary>
internal sealed record NumberValue(string Text) : Value
{
    public static NumberValue From(object constant) =>
        new(System.Convert.ToString(constant, CultureInfo.InvariantCulture) ?? "0");

    public override string Describe() => "a number";
}

internal sealed record BoolValue(bool Flag) : Value
{
    public override string Describe() => "a bool";
}

internal sealed record NullValue : Value
{
    public static readonly NullValue Instance = new();

    public override string Describe() => "null";
}

internal sealed record ListValue(EquatableArray<Value> Items) : Value
{
    public override string Describe() => "a list";
}

internal sealed record MapEntry(string Key, Value Value);

internal sealed record MapValue(EquatableArray<MapEntry> Entries) : Value
{
    public override string Describe() => "a dictionary";
}

/// <summary>An instance of a known type: its full type name and the properties that were set.</summary>
internal sealed record ObjectValue(string TypeName, EquatableArray<MapEntry> Fields) : Value
{
    public Value? this[string field]
    {
        get
        {
            foreach (var entry in Fields)
            {
                if (entry.Key == field)
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }

    public override string Describe() => "a " + TypeName;
}

internal sealed record EnumValue(string TypeName, string Member) : Value
{
    public override string Describe() => "a " + TypeName;
}

/// <summary>A reference to another declaration (e.g. a job in <c>Needs</c>), by its stable id <c>Type.Member</c>.</summary>
internal sealed record ReferenceValue(string DeclarationId, string TypeName) : Value
{
    public override string Describe() => "a reference to " + DeclarationId;
}
