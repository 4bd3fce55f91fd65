using System.Text.RegularExpressions;
using Spectra.Conformance.Tests.Infrastructure;

namespace Spectra.Generators.FuzzTests.Infrastructure;

/// <summary>A kind of validator finding that Spectra does not catch yet, and the rule meant to catch it.</summary>
/// <param name="Rule">The SPX id of the planned rule, or null when no rule is planned.</param>
/// <param name="Tool">The validator.</param>
/// <param name="Kind">The validator's category.</param>
/// <param name="Message">A pattern of the message.</param>
/// <param name="Probe">Workflow members that trigger the rule once it exists.</param>
internal sealed record KnownGap(string? Rule, string Tool, string Kind, string Message, string? Probe)
{
    public bool Matches(Finding finding) =>
        finding.Tool == Tool && finding.Kind == Kind && Regex.IsMatch(finding.Message, Message, RegexOptions.CultureInvariant);

    public override string ToString() => $"{Rule ?? "no rule planned"}: {Tool} [{Kind}] /{Message}/";
}

/// <summary>
/// What mangled declarations can get past Spectra today while their rules are still being written. Only mutated
/// cases may hit these (valid cases are generated to pass every validator), and only while the rule's probe shows
/// it missing: once the rule reports its probe, the same finding fails the test.
/// </summary>
internal static class KnownGaps
{
    private const string Job = "public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run(\"echo\")] };";

    public static readonly KnownGap[] All =
    [
        new("SPX1020", "workflow-parser", "schema", "^Unexpected symbol", """public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("${{ github.sha// }}")] };"""),
        new("SPX1020", "workflow-parser", "semantic", "^Unexpected symbol", null),
        new("SPX1020", "actionlint", "expression", "while (lexing|parsing) expression", null),
        new("SPX1032", "actionlint", "glob", ".", "public static Triggers On => new() { Push = new() { Branches = [\"a b\"] } };\n" + Job),
        new("SPX1041", "actionlint", "env-var", "^environment variable name .* is invalid", "public static Dictionary<string, string> Env => new() { [\"A=B\"] = \"x\" };\n" + Job),
        new("SPX1046", "actionlint", "matrix", "in \"exclude\" section does not exist in matrix", """public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Strategy = new() { Matrix = { ["os"] = ["a", "b"], Exclude = [new() { ["nope"] = "a" }] } }, Steps = [Step.Run("echo")] };"""),
        new("SPX1043", "actionlint", "runner-label", "^label .* is unknown", """public static Job Build => new() { RunsOn = "ubuntu-lates", Steps = [Step.Run("echo")] };"""),
        new(null, "actionlint", "action", "^input .* is not defined in action", null),
        // An empty map key (env name, input, matrix axis, 'with' input): no rule covers empty keys in general.
        new(null, "actionlint", "syntax-check", "^string should not be empty$", null),
        new(null, "workflow-parser", "schema", "^Unexpected value ''$", null),
    ];

    private static readonly Dictionary<string, bool> Implemented = All
        .Where(gap => gap.Probe is not null)
        .GroupBy(gap => gap.Rule!)
        .ToDictionary(g => g.Key, g => FuzzCompiler.Run(Probe(g.First().Probe!)).Has(g.Key));

    /// <summary>The gap a finding belongs to while its rule does not exist yet; null when the finding is a failure.</summary>
    public static KnownGap? Tolerated(Finding finding) =>
        All.FirstOrDefault(gap => gap.Matches(finding)) is { } gap && (gap.Rule is null || !Implemented.GetValueOrDefault(gap.Rule)) ? gap : null;

    public static IEnumerable<string> ImplementedRules => Implemented.Where(r => r.Value).Select(r => r.Key);

    private static string Probe(string members) => $$"""
        using System.Collections.Generic;
        using Spectra;
        [Workflow("probe")]
        public static class Probe
        {
            {{(members.Contains("Triggers On", StringComparison.Ordinal) ? "" : "public static Triggers On => new() { Push = new() };")}}
            {{members}}
        }
        """;
}
