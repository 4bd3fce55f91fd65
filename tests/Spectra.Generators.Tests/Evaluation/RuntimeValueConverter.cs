using System.Collections;
using System.Globalization;
using System.Reflection;
using Spectra.Generators.Common;
using Spectra.Generators.Values;

namespace Spectra.Generators.Tests.Evaluation;

/// <summary>
/// Converts an object built by running a declaration into the generator's value model, so the two can be compared.
/// Properties still at their type's default are left out, as the evaluator leaves out what a declaration does not set.
/// Jobs nested in other values (Needs) become a placeholder: the run-time object has no declaration identity.
/// </summary>
internal static class RuntimeValueConverter
{
    public static readonly Value JobPlaceholder = new StringValue("<job reference>");

    public static Value Convert(object? value, bool topLevel = true) => value switch
    {
        null => NullValue.Instance,
        string text => new StringValue(text),
        bool flag => new BoolValue(flag),
        Enum member => new EnumValue(member.GetType().FullName!, member.ToString()),
        Type type => new StringValue(type.FullName!.Replace('+', '.')), // the evaluator names types as C# does
        int or long or double or decimal => new NumberValue(System.Convert.ToString(value, CultureInfo.InvariantCulture)!),
        Spectra.JobBase when !topLevel => JobPlaceholder,
        Spectra.Matrix matrix => ConvertMatrix(matrix),
        IDictionary dictionary => new MapValue(dictionary.Keys.Cast<object>().Select(k => new MapEntry((string)k, Convert(dictionary[k], false))).ToEquatableArray()),
        IEnumerable list => new ListValue(list.Cast<object?>().Select(item => Convert(item, false)).ToEquatableArray()),
        _ => ConvertObject(value),
    };

    /// <summary>The evaluator's ReferenceValue carries identity the run-time object lacks; compare them as placeholders.</summary>
    public static Value? WithoutReferences(Value? value) => value switch
    {
        ReferenceValue => JobPlaceholder,
        ListValue list => new ListValue(list.Items.Select(i => WithoutReferences(i)!).ToEquatableArray()),
        MapValue map => new MapValue(map.Entries.Select(e => e with { Value = WithoutReferences(e.Value)! }).ToEquatableArray()),
        ObjectValue obj => obj with { Fields = obj.Fields.Select(e => e with { Value = WithoutReferences(e.Value)! }).ToEquatableArray() },
        _ => value,
    };

    private static MapValue ConvertMatrix(Spectra.Matrix matrix)
    {
        var entries = matrix.Select(axis => new MapEntry(axis.Key, Convert(axis.Value, false))).ToList();
        if (matrix.Include is not null)
        {
            entries.Add(new MapEntry("Include", Convert(matrix.Include, false)));
        }

        if (matrix.Exclude is not null)
        {
            entries.Add(new MapEntry("Exclude", Convert(matrix.Exclude, false)));
        }

        return new MapValue(entries.ToEquatableArray());
    }

    private static ObjectValue ConvertObject(object value)
    {
        var type = value.GetType();
        var defaults = DefaultInstance(type);
        var fields = new List<MapEntry>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            var converted = Convert(property.GetValue(value), false);
            var defaultValue = defaults is null ? NullValue.Instance : Convert(property.GetValue(defaults), false);
            if (!converted.Equals(defaultValue) && converted is not NullValue)
            {
                fields.Add(new MapEntry(property.Name, converted));
            }
        }

        return new ObjectValue(type.FullName!, fields.OrderBy(f => f.Key, StringComparer.Ordinal).ToEquatableArray());
    }

    private static object? DefaultInstance(Type type)
    {
        var constructor = type.GetConstructors().FirstOrDefault(c => c.GetParameters().All(p => p.HasDefaultValue || p.IsDefined(typeof(ParamArrayAttribute))));
        return constructor?.Invoke(constructor.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue : Array.CreateInstance(p.ParameterType.GetElementType()!, 0)).ToArray());
    }
}
