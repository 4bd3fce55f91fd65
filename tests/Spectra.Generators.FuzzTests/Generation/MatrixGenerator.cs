using System.Globalization;

namespace Spectra.Generators.FuzzTests.Generation;

/// <summary>Random matrices: distinct values per axis, includes and excludes that name real axes, sometimes huge.</summary>
internal static class MatrixGenerator
{
    private static readonly HashSet<string> NullWords = ["null", "Null", "NULL", "~"];

    private static readonly string[] AxisNames = ["os", "dotnet", "on", "yes", "null", "true", "_", "a-", "config", "Version2", "n0644"];

    public static MatrixSpec Create(Chooser choose)
    {
        var matrix = new MatrixSpec();
        var huge = choose.Chance(0.05);
        var names = choose.PickDistinct(AxisNames, huge ? choose.Int(1, 3) : choose.Count(1, 3));
        foreach (var name in names)
        {
            var count = huge ? choose.Pick([300, 20, 7]) : choose.Count(1, 4);
            matrix.Axes.Add((name, name == "os" ? OsValues(choose, count) : Values(choose, count)));
        }

        if (choose.Chance(0.2))
        {
            var (axis, values) = choose.Pick(matrix.Axes);
            matrix.Include.Add($"new() {{ [{SourceWriter.Literal(axis)}] = {choose.Pick(values)}, [\"extra\"] = {choose.Pick(["true", "\"on\"", "3"])} }}");
        }

        var multiValued = matrix.Axes.Where(a => a.Values.Count > 1).ToList();
        if (!huge && multiValued.Count > 0 && choose.Chance(0.2))
        {
            var (axis, values) = choose.Pick(multiValued);
            matrix.Exclude.Add($"new() {{ [{SourceWriter.Literal(axis)}] = {choose.Pick(values)} }}");
        }

        matrix.FailFast = choose.Chance(0.2) ? choose.Chance(0.5) : null;
        matrix.MaxParallel = choose.Chance(0.1) ? choose.Int(1, 10) : null;
        return matrix;
    }

    private static List<string> OsValues(Chooser choose, int count) =>
        choose.PickDistinct(Pools.RunnerLabels, Math.Min(count, Pools.RunnerLabels.Length)).Select(SourceWriter.Literal).ToList();

    /// <summary>C# literals (strings, numbers, booleans) that stay distinct however YAML or GitHub compares them.</summary>
    private static List<string> Values(Chooser choose, int count)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var values = new List<string>();
        for (var attempt = 0; values.Count < count && attempt < count * 4; attempt++)
        {
            var roll = choose.Int(0, 9);
            var (key, literal) = roll switch
            {
                < 6 when count <= 10 => Text(choose.Pick(roll < 3 ? Pools.TrickyText : Pools.PlainText)),
                < 8 => Number(choose.Int(2, 100_000)),
                < 9 when count <= 10 => choose.Chance(0.5) ? ("true", "true") : ("false", "false"),
                _ => Text("v" + values.Count.ToString(CultureInfo.InvariantCulture)),
            };
            // actionlint types a matrix value by its text, quotes or not, so "null" reads as null inside ${{ }}.
            if (!NullWords.Contains(key) && seen.Add(key.Trim()))
            {
                values.Add(literal);
            }
        }

        return values;
    }

    private static (string Key, string Literal) Text(string value) => (value, SourceWriter.Literal(value));

    private static (string Key, string Literal) Number(int value) => (value.ToString(CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture));
}
