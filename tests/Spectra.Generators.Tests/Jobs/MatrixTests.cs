using Spectra.Generators.Common;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Validation;
using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;
using static Spectra.Generators.Tests.Infrastructure.RuleAssert;

namespace Spectra.Generators.Tests.Jobs;

/// <summary>SPX1044-SPX1046: matrix size, duplicate values, exclude keys.</summary>
public sealed class MatrixTests
{
    private static string Job(string matrix, bool marked = true) => Workflow($$"""
        public static Job Test => new()
        {
            RunsOn = Runner.UbuntuLatest,
            Strategy = new() { {{(marked ? "[|" : "")}}Matrix = { {{matrix}} }{{(marked ? "|]" : "")}} },
            Steps = [Step.Run("echo")],
        };
        """);

    [Fact]
    public void Matrix_over_256_combinations_is_reported_at_the_matrix() =>
        Reports("SPX1044", Job("""
            ["a"] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], ["b"] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], ["c"] = ["x", "y", "z"]
            """), "The matrix of job 'test' has 300 combinations; GitHub allows at most 256");

    [Fact]
    public void Excludes_count_before_includes_that_match_no_combination() =>
        Reports("SPX1044", Job("""
            ["a"] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], ["b"] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], ["c"] = ["x", "y", "z", "v"],
            Exclude = [new() { ["c"] = "z" }, new() { ["c"] = "v", ["a"] = 1 }],
            Include = [new() { ["c"] = "w" }, new() { ["c"] = "x", ["extra"] = true }, new() { ["c"] = "v", ["a"] = 1 }]
            """), "has 292 combinations");

    [Fact]
    public void Matrix_that_excludes_bring_under_the_limit_is_accepted() =>
        DoesNotReport("SPX1044", Job(
            """
            ["a"] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], ["b"] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], ["c"] = ["x", "y", "z"],
            Exclude = [new() { ["c"] = "z" }]
            """,
            marked: false));

    [Fact]
    public void Very_large_matrix_is_reported_with_a_lower_bound() =>
        Reports("SPX1044", Job("""
            ["a"] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], ["b"] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], ["c"] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
            ["d"] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], ["e"] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], Exclude = [new() { ["a"] = 1 }]
            """), "has at least 90000 combinations");

    [Fact]
    public void Count_follows_githubs_include_and_exclude_algorithm()
    {
        static MapValue Map(params (string Key, string Value)[] entries) =>
            new(entries.Select(e => new MapEntry(e.Key, new StringValue(e.Value))).ToEquatableArray());
        static MatrixAxis Axis(string name, params string[] values) =>
            new(name, values.Select(v => (Value)new StringValue(v)).ToEquatableArray());

        var axes = new[] { Axis("os", "linux", "windows"), Axis("node", "18", "20") }.ToEquatableArray();
        var strategy = new StrategyModel("p", axes, EquatableArray<MapValue>.Empty, new[] { Map(("os", "windows"), ("node", "18")) }.ToEquatableArray(), null, null);
        Assert.Equal((3L, true), MatrixCombinations.Count(strategy));

        // Adds a key to matching combinations (no new job), brings the excluded one back (a new job), adds a new one.
        strategy = strategy with { Include = new[] { Map(("os", "linux"), ("experimental", "yes")), Map(("os", "windows"), ("node", "18")), Map(("os", "mac")) }.ToEquatableArray() };
        Assert.Equal((5L, true), MatrixCombinations.Count(strategy));

        var includesOnly = new StrategyModel("p", EquatableArray<MatrixAxis>.Empty, new[] { Map(("a", "1")), Map(("a", "2")) }.ToEquatableArray(), EquatableArray<MapValue>.Empty, null, null);
        Assert.Equal((2L, true), MatrixCombinations.Count(includesOnly));
    }

    [Fact]
    public void Duplicate_axis_value_is_a_warning_at_the_second_occurrence() =>
        ReportsWarning("SPX1045", Workflow("""
            public static Job Test => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Strategy = new() { Matrix = { ["dotnet"] = ["8.0.x", "10.0.x", [|"8.0.x"|]] } },
                Steps = [Step.Run("echo")],
            };
            """), "Matrix axis 'dotnet' of job 'test' lists '8.0.x' more than once");

    [Fact]
    public void Exclude_key_that_is_not_an_axis_is_reported_at_the_key() =>
        Reports("SPX1046", Workflow("""
            public static Job Test => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Strategy = new()
                {
                    Matrix =
                    {
                        ["os"] = ["ubuntu-latest", "windows-latest"],
                        ["dotnet"] = ["8.0.x", "10.0.x"],
                        Include = [new() { ["coverage"] = true }],
                        Exclude = [new() { ["os"] = "windows-latest", [[|"net"|]] = "8.0.x" }],
                    },
                },
                Steps = [Step.Run("echo")],
            };
            """), "Exclude entry of job 'test' uses 'net', which is not a matrix axis (axes: os, dotnet)");

    [Fact]
    public void Distinct_values_and_axis_keys_in_excludes_are_accepted()
    {
        var source = Workflow("""
            public static Job Test => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Strategy = new() { Matrix = { ["os"] = ["a", "b"], ["n"] = [1, "1"], Exclude = [new() { ["os"] = "a", ["n"] = 1 }] } },
                Steps = [Step.Run("echo")],
            };
            """);
        DoesNotReport("SPX1045", source);
        DoesNotReport("SPX1046", source);
        DoesNotReport("SPX1044", source);
    }
}
