using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Spectra.Generators.Common;
using Spectra.Generators.Values;

namespace Spectra.Generators.Evaluation;

internal sealed partial class OperationEvaluator
{
    private Value? EvaluateCreation(IObjectCreationOperation creation, string path)
    {
        var type = creation.Type;
        if (type is null)
        {
            return NotEvaluable(creation, Describe(creation), "The type of this object could not be determined.");
        }

        if (type.SpecialType != SpecialType.None)
        {
            // 'new string('a', 3)' would otherwise become an object with fields c and count, reported as a type mismatch.
            return NotEvaluable(creation, Describe(creation), "Only declaration objects are created at compile time; write the value as a constant.");
        }

        if (type.IsDictionary())
        {
            var entries = new Dictionary<string, Value>();
            return ApplyInitializer(creation.Initializer, path, entries, isDictionary: true)
                ? new MapValue(ToEntries(entries))
                : null;
        }

        if (type.IsSequence())
        {
            var items = new List<Value>();
            return AddCollectionItems(creation.Initializer, path, items) ? new ListValue(items.ToEquatableArray()) : null;
        }

        var fields = new Dictionary<string, Value>();
        var ok = ApplyConstructorArguments(creation, path, fields);
        ok &= ApplyInitializer(creation.Initializer, path, fields, isDictionary: false);
        return ok ? new ObjectValue(type.FullName(), ToEntries(fields)) : null;
    }

    /// <summary>Positional records: each constructor parameter sets the property of the same name.</summary>
    private bool ApplyConstructorArguments(IObjectCreationOperation creation, string path, Dictionary<string, Value> fields)
    {
        var ok = true;
        foreach (var argument in creation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter is null)
            {
                continue;
            }

            var property = PropertyName(argument.Parameter.Name);
            var value = Evaluate(argument.Value, ValuePath.Field(path, property));
            ok &= value is not null;
            if (value is not null and not NullValue)
            {
                fields[property] = value;
            }
        }

        return ok;
    }

    private Value? EvaluateWith(IWithOperation with, string path)
    {
        // 'Test with { ... }' copies the job's value; a plain 'Test' elsewhere is a reference to it.
        var original = with.Operand switch
        {
            IPropertyReferenceOperation { Property.IsStatic: true } p => EvaluateMemberValue(p.Syntax, p.Property, path),
            IFieldReferenceOperation { Field.IsStatic: true, Field.IsConst: false } f => EvaluateMemberValue(f.Syntax, f.Field, path),
            _ => Evaluate(with.Operand, path),
        };
        if (original is not ObjectValue source)
        {
            return original is null ? null : NotEvaluable(with, Describe(with), "'with' works on Spectra records such as steps and jobs.");
        }

        var fields = source.Fields.ToDictionary(f => f.Key, f => f.Value);
        return ApplyInitializer(with.Initializer, path, fields, isDictionary: false)
            ? source with { Fields = ToEntries(fields) }
            : null;
    }

    private bool ApplyInitializer(IObjectOrCollectionInitializerOperation? initializer, string path, Dictionary<string, Value> target, bool isDictionary)
    {
        if (initializer is null)
        {
            return true;
        }

        var ok = true;
        foreach (var item in initializer.Initializers)
        {
            ok &= item switch
            {
                ISimpleAssignmentOperation assignment => ApplyAssignment(assignment, path, target),
                IMemberInitializerOperation nested => ApplyNestedInitializer(nested, path, target),
                IInvocationOperation add when isDictionary && add.Arguments.Length == 2 => ApplyDictionaryAdd(add, path, target),
                IInvalidOperation => false, // the C# compiler reports it; a second error would be noise
                _ => NotEvaluable(item, Describe(item), SupportedConstructsHint) is not null,
            };
        }

        return ok;
    }

    private bool ApplyAssignment(ISimpleAssignmentOperation assignment, string path, Dictionary<string, Value> target)
    {
        switch (assignment.Target)
        {
            case IPropertyReferenceOperation { Arguments.Length: 1 } indexer:
                return ApplyKeyedValue(indexer.Arguments[0].Value, assignment.Value, path, target);
            case IPropertyReferenceOperation property:
                return ApplyField(property.Property.Name, assignment.Value, path, target);
            case IFieldReferenceOperation field:
                return ApplyField(field.Field.Name, assignment.Value, path, target);
            default:
                return NotEvaluable(assignment, Describe(assignment), "Only properties and dictionary keys can be set in an initializer.") is not null;
        }
    }

    private bool ApplyField(string name, IOperation valueOperation, string path, Dictionary<string, Value> target)
    {
        var value = Evaluate(valueOperation, ValuePath.Field(path, name));
        if (value is null)
        {
            return false;
        }

        if (value is NullValue)
        {
            target.Remove(name);
        }
        else
        {
            target[name] = value;
        }

        return true;
    }

    private bool ApplyKeyedValue(IOperation keyOperation, IOperation valueOperation, string path, Dictionary<string, Value> target)
    {
        var key = DeclarationKey(keyOperation, path) ?? Evaluate(keyOperation, ValuePath.Field(path, "<key>"));
        if (key is not StringValue keyText)
        {
            return key is not null && NotEvaluable(keyOperation, Describe(keyOperation), "Dictionary keys must be strings.") is not null;
        }

        var entryPath = ValuePath.Key(path, keyText.Text);
        context.Record(ValuePath.KeyName(entryPath), keyOperation.Syntax); // rules about the name point at the key, not the value
        var value = Evaluate(valueOperation, entryPath);
        if (value is not null)
        {
            target[keyText.Text] = value;
        }

        return value is not null;
    }

    private bool ApplyDictionaryAdd(IInvocationOperation add, string path, Dictionary<string, Value> target) =>
        ApplyKeyedValue(add.Arguments[0].Value, add.Arguments[1].Value, path, target);

    /// <summary><c>Matrix = { ["os"] = [...] }</c>: an initializer applied to the property's existing value.</summary>
    private bool ApplyNestedInitializer(IMemberInitializerOperation nested, string path, Dictionary<string, Value> target)
    {
        if (nested.InitializedMember is not IPropertyReferenceOperation { Property: var property })
        {
            return NotEvaluable(nested, Describe(nested), SupportedConstructsHint) is not null;
        }

        var memberPath = ValuePath.Field(path, property.Name);
        context.Record(memberPath, nested.Syntax);
        var type = property.Type;
        if (type.IsDictionary())
        {
            var entries = target.TryGetValue(property.Name, out var existing) && existing is MapValue map
                ? map.Entries.ToDictionary(e => e.Key, e => e.Value)
                : [];
            var ok = ApplyInitializer(nested.Initializer, memberPath, entries, isDictionary: true);
            target[property.Name] = new MapValue(ToEntries(entries));
            return ok;
        }

        var fields = target.TryGetValue(property.Name, out var current) && current is ObjectValue obj
            ? obj.Fields.ToDictionary(e => e.Key, e => e.Value)
            : [];
        var applied = ApplyInitializer(nested.Initializer, memberPath, fields, isDictionary: false);
        target[property.Name] = new ObjectValue(type.FullName(), ToEntries(fields));
        return applied;
    }

    private static EquatableArray<MapEntry> ToEntries(Dictionary<string, Value> entries) =>
        entries.Select(e => new MapEntry(e.Key, e.Value)).ToEquatableArray();

    private static string PropertyName(string parameterName) =>
        parameterName.Length == 0 ? parameterName : char.ToUpperInvariant(parameterName[0]) + parameterName.Substring(1);
}
