using System.Collections.Generic;
using Spectra.Generators.Common;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Parsing;

/// <summary>Parses a job's strategy: matrix axes (dictionary entries) plus <c>Include</c>/<c>Exclude</c>.</summary>
internal sealed class StrategyParser(ValueReader reader)
{
    public StrategyModel? Parse(ObjectValue? strategy, string path)
    {
        if (strategy is null)
        {
            return null;
        }

        var axes = new List<MatrixAxis>();
        var include = EquatableArray<MapValue>.Empty;
        var exclude = EquatableArray<MapValue>.Empty;
        var matrixPath = ValuePath.Field(path, "Matrix");
        foreach (var entry in reader.Map(strategy, "Matrix", path))
        {
            reader.PlainData(entry.Value, ValuePath.Key(matrixPath, entry.Key));
            switch (entry.Key)
            {
                case "Include":
                    include = Combinations(entry.Value);
                    break;
                case "Exclude":
                    exclude = Combinations(entry.Value);
                    break;
                default:
                    axes.Add(new MatrixAxis(entry.Key, entry.Value is ListValue list ? list.Items : EquatableArray<Value>.Empty));
                    break;
            }
        }

        return new StrategyModel(
            matrixPath,
            axes.ToEquatableArray(),
            include,
            exclude,
            reader.Bool(strategy, "FailFast", path),
            reader.Int(strategy, "MaxParallel", path));
    }

    private static EquatableArray<MapValue> Combinations(Value value)
    {
        var combinations = new List<MapValue>();
        if (value is ListValue list)
        {
            foreach (var item in list.Items)
            {
                if (item is MapValue map)
                {
                    combinations.Add(map);
                }
            }
        }

        return combinations.ToEquatableArray();
    }
}
