using System;
using System.Collections.Generic;
using System.Linq;

namespace Spectra.Generators.Workflows.Expressions;

/// <summary>Where a function may be called beyond "anywhere": GitHub's context-availability table names these.</summary>
[Flags]
internal enum SpecialFunctions
{
    None = 0,

    /// <summary><c>hashFiles</c>: only in step keys, where the workspace exists.</summary>
    HashFiles = 1,

    /// <summary><c>success() always() cancelled() failure()</c>: only in <c>if</c> conditions.</summary>
    StatusChecks = 2,
}

/// <summary>A built-in function: its name as documented, how many arguments it takes, and where it may be called.</summary>
internal sealed record ExpressionFunction(string Name, int MinArguments, int MaxArguments, SpecialFunctions Restriction = SpecialFunctions.None)
{
    /// <summary>"takes 2 arguments", "takes 1 or 2 arguments", "takes at least 1 argument", "takes no arguments".</summary>
    public string DescribeArity()
    {
        if (Name == "case")
        {
            return "takes an odd number of arguments, at least 3: pairs of condition and value, then a default";
        }

        if (MaxArguments == 0)
        {
            return "takes no arguments";
        }

        if (MinArguments == MaxArguments)
        {
            return "takes " + Count(MinArguments);
        }

        return MaxArguments == int.MaxValue ? "takes at least " + Count(MinArguments) : $"takes {MinArguments} or {Count(MaxArguments)}";
    }

    public bool Accepts(int count) =>
        count >= MinArguments && count <= MaxArguments && (Name != "case" || count % 2 == 1);

    private static string Count(int n) => n == 1 ? "1 argument" : n + " arguments";
}

/// <summary>
/// GitHub's built-in functions (docs: "Evaluate expressions in workflows and actions"). Names compare ignoring case,
/// as GitHub does. <c>case</c> is documented there (added 2025) and known to GitHub's own workflow parser.
/// </summary>
internal static class ExpressionFunctions
{
    private static readonly ExpressionFunction[] All =
    [
        new("contains", 2, 2),
        new("startsWith", 2, 2),
        new("endsWith", 2, 2),
        new("format", 1, int.MaxValue),
        new("join", 1, 2),
        new("toJSON", 1, 1),
        new("fromJSON", 1, 1),
        new("hashFiles", 1, int.MaxValue, SpecialFunctions.HashFiles),
        new("case", 3, int.MaxValue),
        new("success", 0, 0, SpecialFunctions.StatusChecks),
        new("always", 0, 0, SpecialFunctions.StatusChecks),
        new("cancelled", 0, 0, SpecialFunctions.StatusChecks),
        new("failure", 0, 0, SpecialFunctions.StatusChecks),
    ];

    private static readonly Dictionary<string, ExpressionFunction> ByName = All.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    public static readonly string Names = string.Join(", ", All.Select(f => f.Name));

    public static ExpressionFunction? Find(string name) => ByName.TryGetValue(name, out var function) ? function : null;
}
