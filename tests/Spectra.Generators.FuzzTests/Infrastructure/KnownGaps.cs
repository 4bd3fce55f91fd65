using System.Text.RegularExpressions;
using Spectra.Conformance.Tests.Infrastructure;

namespace Spectra.Generators.FuzzTests.Infrastructure;

/// <summary>A kind of validator finding that Spectra does not catch yet, and the rule meant to catch it.</summary>
/// <param name="Rule">The SPX id of the planned rule, or null when no rule is planned.</param>
/// <param name="Tool">The validator.</param>
/// <param name="Kind">The validator's category; null for any (GitHub's parser reports some problems in either phase).</param>
/// <param name="Message">A pattern of the message.</param>
/// <param name="Probe">Workflow members that trigger the rule once it exists.</param>
internal sealed record KnownGap(string? Rule, string Tool, string? Kind, string Message, string? Probe)
{
    /// <summary>A pattern the YAML line of the finding must match, to narrow a gap to one place.</summary>
    public string? Line { get; init; }

    public bool Matches(Finding finding, string yaml) =>
        finding.Tool == Tool && (Kind is null || finding.Kind == Kind) && Regex.IsMatch(finding.Message, Message, RegexOptions.CultureInvariant) &&
        (Line is null || Regex.IsMatch(yaml.Split('\n').ElementAtOrDefault((finding.Line ?? 0) - 1) ?? "", Line, RegexOptions.CultureInvariant));

    public override string ToString() => $"{Rule ?? "no rule planned"}: {Tool} [{Kind ?? "any"}] /{Message}/";
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
        // Narrow gaps first: the first match decides.
        // SPX1043 checks labels written in RunsOn, not matrix values that RunsOn = "${{ matrix.os }}" picks from.
        new(null, "actionlint", "runner-label", "^label .* is unknown", null) { Line = "^(?!.*runs-on:)" },
        // SPX1020 checks expressions, but an empty If ('if: ""') is not one, and GitHub cannot parse it.
        new(null, "actionlint", "expression", "^unexpected end of input", null) { Line = "^\\s*if: \"\"$" },
        // Trigger filters are not expression places; SPX1020-1022 do not look at them and GitHub rejects '${{' there.
        new(null, "actionlint", "expression", ".", null) { Line = "^\\s*(branches|tags|paths)(-ignore)?:" },
        new(null, "workflow-parser", null, "^Unrecognized named-value|^Unexpected symbol|^The expression is not closed", null) { Line = "^\\s*(branches|tags|paths)(-ignore)?:" },
        // SPX1032 accepts control characters in a pattern.
        new(null, "actionlint", "glob", "invalid character", null) { Line = "\\\\[0-9a-zA-Z]" },
        // Keys that differ only in case (env names): GitHub's keys are case-insensitive; no rule checks duplicates.
        new(null, "actionlint", "syntax-check", "^key .* is duplicated in .*case insensitive", null),
        new(null, "workflow-parser", null, "^'.*' is already defined$", null),
        new("SPX1020", "workflow-parser", null, "^Unexpected symbol", """public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("${{ github.sha// }}")] };"""),
        new("SPX1020", "workflow-parser", null, "^The expression is not closed", null),
        new("SPX1020", "actionlint", "expression", "while (lexing|parsing)|parser did not reach end|^unexpected token|^unexpected end of input", null),
        new("SPX1021", "actionlint", "expression", "^undefined function|^format string .* placeholder", """public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("${{ nope() }}")] };"""),
        new("SPX1021", "workflow-parser", null, "^Unrecognized function", null),
        new("SPX1022", "actionlint", "expression", "^undefined variable", """public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("${{ nope.x }}")] };"""),
        new("SPX1022", "workflow-parser", null, "^Unrecognized named-value", null),
        new("SPX1024", "actionlint", "expression", "^property .* is not defined in object type", """public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Strategy = new() { Matrix = { ["os"] = ["a"] } }, Steps = [Step.Run("${{ matrix.nope }}")] };"""),
        new("SPX1030", "actionlint", "events", "^invalid activity type", "public static Triggers On => new() { PullRequest = new() { Types = [\"nope\"] } };\n" + Job),
        new("SPX1030", "workflow-parser", null, "^Unexpected value '[^']", null), // the message is cut at a line break
        new("SPX1035", "actionlint", "events", "^default value .* is not included in its options", "public static Triggers On => new() { WorkflowDispatch = new() { Inputs = new() { [\"a\"] = new() { Type = InputType.Choice, Options = [\"x\"], Default = \"y\" } } } };\n" + Job),
        new("SPX1040", "actionlint", "shell-name", "^shell name .* is invalid", """public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo", shell: "n")] };"""),
        new("SPX1047", "actionlint", null, "^specifying action .* in invalid format|^reusable workflow call .* is not following the format", """public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Action("not-a-ref")] };"""),
        new("SPX1032", "actionlint", "glob", ".", "public static Triggers On => new() { Push = new() { Branches = [\"a b\"] } };\n" + Job),
        new("SPX1041", "actionlint", "env-var", "^environment variable name .* is invalid", "public static Dictionary<string, string> Env => new() { [\"A=B\"] = \"x\" };\n" + Job),
        new("SPX1046", "actionlint", "matrix", "in \"exclude\" section does not exist in matrix", """public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Strategy = new() { Matrix = { ["os"] = ["a", "b"], Exclude = [new() { ["nope"] = "a" }] } }, Steps = [Step.Run("echo")] };"""),
        new("SPX1043", "actionlint", "runner-label", "^label .* is unknown", """public static Job Build => new() { RunsOn = "ubuntu-lates", Steps = [Step.Run("echo")] };"""),
        new(null, "actionlint", "action", "^input .* is not defined in action|^missing input .* which is required by action", null),
        new(null, "actionlint", "matrix", "in \"exclude\" does not match in matrix", null),
        new(null, "actionlint", "syntax-check", "section should not be empty", null),
        // An empty map key (env name, input, matrix axis, 'with' input): no rule covers empty keys in general.
        new(null, "actionlint", "syntax-check", "^string should not be empty$", null),
        new(null, "workflow-parser", null, "^Unexpected value ''$", null),
    ];

    private static readonly Dictionary<string, bool> Implemented = All
        .Where(gap => gap.Probe is not null)
        .GroupBy(gap => gap.Rule!)
        .ToDictionary(g => g.Key, g => FuzzCompiler.Run(Probe(g.First().Probe!)).Has(g.Key));

    /// <summary>The gap a finding belongs to while its rule does not exist yet; null when the finding is a failure.</summary>
    public static KnownGap? Tolerated(Finding finding, string yaml) =>
        All.FirstOrDefault(gap => gap.Matches(finding, yaml)) is { } gap && (gap.Rule is null || !Implemented.GetValueOrDefault(gap.Rule)) ? gap : null;

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
