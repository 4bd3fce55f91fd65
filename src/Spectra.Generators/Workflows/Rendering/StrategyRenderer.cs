using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Yaml;

namespace Spectra.Generators.Workflows.Rendering;

/// <summary>Renders <c>strategy:</c> with the matrix axes as flow lists, then include/exclude.</summary>
internal static class StrategyRenderer
{
    public static void Write(YamlWriter yaml, StrategyModel? strategy)
    {
        if (strategy is null)
        {
            return;
        }

        yaml.Key("strategy");
        yaml.StartMap();
        if (!strategy.Axes.IsEmpty || !strategy.Include.IsEmpty || !strategy.Exclude.IsEmpty)
        {
            yaml.Key("matrix");
            yaml.StartMap();
            foreach (var axis in strategy.Axes)
            {
                yaml.UserKey(axis.Name);
                yaml.StartFlowList();
                foreach (var value in axis.Values)
                {
                    ValueWriter.Write(yaml, value);
                }

                yaml.EndList();
            }

            Combinations(yaml, "include", strategy.Include);
            Combinations(yaml, "exclude", strategy.Exclude);
            yaml.EndMap();
        }

        yaml.Pair("fail-fast", strategy.FailFast);
        yaml.Pair("max-parallel", strategy.MaxParallel);
        yaml.EndMap();
    }

    private static void Combinations(YamlWriter yaml, string key, Common.EquatableArray<MapValue> combinations)
    {
        if (combinations.IsEmpty)
        {
            return;
        }

        yaml.Key(key);
        yaml.StartList();
        foreach (var combination in combinations)
        {
            ValueWriter.Write(yaml, combination);
        }

        yaml.EndList();
    }
}
