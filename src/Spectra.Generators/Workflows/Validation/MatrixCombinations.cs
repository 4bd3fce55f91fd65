using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// How many jobs a matrix makes, by GitHub's algorithm: the product of the axes, minus the combinations an
/// <c>exclude</c> entry matches (all its keys equal), plus one job per <c>include</c> entry that cannot be added to
/// any remaining combination (one of its keys is an axis with a different value). Excludes apply before includes,
/// so an include can bring an excluded combination back. A matrix of includes only makes one job per include.
/// </summary>
internal static class MatrixCombinations
{
    /// <summary>Above this many axis combinations the count is bounded instead of enumerated.</summary>
    private const long EnumerationLimit = 1 << 16;

    /// <summary>The number of jobs, and whether it is exact (false: a lower bound, for very large matrices).</summary>
    public static (long Count, bool Exact) Count(StrategyModel strategy)
    {
        var axes = strategy.Axes;
        if (axes.IsEmpty)
        {
            return (strategy.Include.Count, true);
        }

        var product = 1L;
        foreach (var axis in axes)
        {
            product = System.Math.Min(product * axis.Values.Count, long.MaxValue / 1024);
        }

        if (product > EnumerationLimit)
        {
            // Excludes remove at most the sum of what each matches; includes only add.
            var removed = strategy.Exclude.Sum(e => Matching(axes, e));
            return (System.Math.Max(product - removed, 0), false);
        }

        var combinations = Enumerate(axes).Where(c => !strategy.Exclude.Any(e => Matches(c, e))).ToList();
        var extra = strategy.Include.Count(include => !combinations.Any(c => CanExtend(c, include)));
        return (combinations.Count + extra, true);
    }

    private static IEnumerable<Dictionary<string, Value>> Enumerate(EquatableArray<MatrixAxis> axes)
    {
        IEnumerable<Dictionary<string, Value>> result = [new Dictionary<string, Value>()];
        foreach (var axis in axes)
        {
            var current = axis;
            result = result.SelectMany(c => current.Values.Select(v => new Dictionary<string, Value>(c) { [current.Name] = v }));
        }

        return result;
    }

    /// <summary>An exclude entry removes a combination when every one of its keys has the same value there.</summary>
    private static bool Matches(Dictionary<string, Value> combination, MapValue exclude) =>
        exclude.Entries.All(e => combination.TryGetValue(e.Key, out var value) && value.Equals(e.Value));

    /// <summary>An include entry extends a combination unless it would overwrite one of the original axis values.</summary>
    private static bool CanExtend(Dictionary<string, Value> combination, MapValue include) =>
        include.Entries.All(e => !combination.TryGetValue(e.Key, out var value) || value.Equals(e.Value));

    private static long Matching(EquatableArray<MatrixAxis> axes, MapValue exclude)
    {
        var count = 1L;
        foreach (var axis in axes)
        {
            var constraint = exclude.Entries.FirstOrDefault(e => e.Key == axis.Name);
            count = System.Math.Min(count * (constraint is null ? axis.Values.Count : axis.Values.Count(v => v.Equals(constraint.Value))), long.MaxValue / 1024);
        }

        return exclude.Entries.All(e => axes.Any(a => a.Name == e.Key)) ? count : 0;
    }
}
