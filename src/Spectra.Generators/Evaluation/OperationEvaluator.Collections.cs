using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Spectra.Generators.Common;
using Spectra.Generators.Values;

namespace Spectra.Generators.Evaluation;

internal sealed partial class OperationEvaluator
{
    private ListValue? EvaluateCollectionExpression(ICollectionExpressionOperation collection, string path)
    {
        var items = new List<Value>();
        var ok = true;
        foreach (var element in collection.Elements)
        {
            ok &= element is ISpreadOperation spread
                ? AddSpread(spread, path, items)
                : AddItem(element, path, items);
        }

        return ok ? new ListValue(items.ToEquatableArray()) : null;
    }

    private ListValue? EvaluateArray(IArrayCreationOperation array, string path)
    {
        var items = new List<Value>();
        var ok = true;
        foreach (var element in array.Initializer?.ElementValues ?? [])
        {
            ok &= AddItem(element, path, items);
        }

        return ok ? new ListValue(items.ToEquatableArray()) : null;
    }

    /// <summary><c>new List&lt;string&gt; { "a", "b" }</c>: collection initializers are calls to Add.</summary>
    private bool AddCollectionItems(IObjectOrCollectionInitializerOperation? initializer, string path, List<Value> items)
    {
        var ok = true;
        foreach (var element in initializer?.Initializers ?? [])
        {
            ok &= element is IInvocationOperation { Arguments.Length: 1 } add
                ? AddItem(add.Arguments[0].Value, path, items)
                : NotEvaluable(element, Describe(element), "Only items can be added to a list initializer.") is not null;
        }

        return ok;
    }

    private bool AddItem(IOperation element, string path, List<Value> items)
    {
        var value = Evaluate(element, ValuePath.Index(path, items.Count));
        if (value is not null)
        {
            items.Add(value);
        }

        return value is not null;
    }

    private bool AddSpread(ISpreadOperation spread, string path, List<Value> items)
    {
        var value = Evaluate(spread.Operand, ValuePath.Index(path, items.Count));
        if (value is ListValue list)
        {
            items.AddRange(list.Items);
            return true;
        }

        return value is not null && NotEvaluable(spread, Describe(spread), "Only lists can be spread with '..'.") is not null;
    }
}
