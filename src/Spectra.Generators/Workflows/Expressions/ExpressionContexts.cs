using System;
using System.Collections.Generic;
using System.Linq;

namespace Spectra.Generators.Workflows.Expressions;

/// <summary>The contexts of GitHub Actions expressions, as flags so a workflow key's allowed set is one value.</summary>
[Flags]
internal enum ExpressionContexts
{
    None = 0,
    Github = 1 << 0,
    Env = 1 << 1,
    Vars = 1 << 2,
    Job = 1 << 3,
    Jobs = 1 << 4,
    Steps = 1 << 5,
    Runner = 1 << 6,
    Secrets = 1 << 7,
    Strategy = 1 << 8,
    Matrix = 1 << 9,
    Needs = 1 << 10,
    Inputs = 1 << 11,
}

/// <summary>Names of contexts, compared ignoring case as GitHub does.</summary>
internal static class ContextNames
{
    private static readonly (string Name, ExpressionContexts Flag)[] Ordered =
    [
        ("github", ExpressionContexts.Github),
        ("env", ExpressionContexts.Env),
        ("vars", ExpressionContexts.Vars),
        ("job", ExpressionContexts.Job),
        ("jobs", ExpressionContexts.Jobs),
        ("steps", ExpressionContexts.Steps),
        ("runner", ExpressionContexts.Runner),
        ("secrets", ExpressionContexts.Secrets),
        ("strategy", ExpressionContexts.Strategy),
        ("matrix", ExpressionContexts.Matrix),
        ("needs", ExpressionContexts.Needs),
        ("inputs", ExpressionContexts.Inputs),
    ];

    private static readonly Dictionary<string, ExpressionContexts> ByName = Ordered.ToDictionary(c => c.Name, c => c.Flag, StringComparer.OrdinalIgnoreCase);

    public static readonly string All = Describe((ExpressionContexts)~0);

    public static ExpressionContexts Find(string name) => ByName.TryGetValue(name, out var flag) ? flag : ExpressionContexts.None;

    /// <summary>"github, needs, vars, inputs", in the order of GitHub's documentation.</summary>
    public static string Describe(ExpressionContexts contexts) =>
        contexts == ExpressionContexts.None ? "none" : string.Join(", ", Ordered.Where(c => (contexts & c.Flag) != 0).Select(c => c.Name));
}
