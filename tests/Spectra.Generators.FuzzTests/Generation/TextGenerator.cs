namespace Spectra.Generators.FuzzTests.Generation;

/// <summary>Where a string ends up decides which <c>${{ }}</c> contexts GitHub allows in it.</summary>
internal enum TextPlace
{
    /// <summary>Workflow name, input descriptions, matrix values: no expressions at all.</summary>
    Literal,

    /// <summary>Run name, env, job names: the github context.</summary>
    Workflow,

    /// <summary>Step scripts and step names: also runner, job, strategy and the job's matrix axes.</summary>
    Step,
}

/// <summary>Random string values, written in a random C# form whose compile-time value Spectra must find.</summary>
internal static class TextGenerator
{
    public static Text Any(Chooser choose, TextPlace place, IReadOnlyList<string>? matrixAxes = null) =>
        InRandomForm(choose, Value(choose, place, matrixAxes));

    public static string Value(Chooser choose, TextPlace place, IReadOnlyList<string>? matrixAxes = null)
    {
        var roll = choose.Int(0, 99);
        if (roll < 40)
        {
            return choose.Pick(Pools.PlainText);
        }

        if (roll < 75 || place == TextPlace.Literal)
        {
            return choose.Chance(0.02) ? Long(choose) : choose.Pick(Pools.TrickyText);
        }

        var expression = Expression(choose, place, matrixAxes);
        return roll < 90 ? expression : choose.Pick(Pools.TrickyText) + " " + expression + choose.Pick(["", "\n", " x", "\nsecond line"]);
    }

    /// <summary>A non-empty script: lines of plain, tricky and expression text.</summary>
    public static string Script(Chooser choose, IReadOnlyList<string> matrixAxes)
    {
        var lines = Enumerable.Range(0, choose.Count(1, 4)).Select(_ => Value(choose, TextPlace.Step, matrixAxes)).ToList();
        var script = string.Join(choose.Pick(["\n", "\r\n", "\n\n"]), lines);
        return string.IsNullOrWhiteSpace(script) ? "echo " + script : script;
    }

    public static Text InRandomForm(Chooser choose, string value)
    {
        var form = choose.Int(0, 99);
        if (form < 60 || value.Length == 0)
        {
            return Text.Literal(value);
        }

        if (form < 70)
        {
            return new Text(value, "@\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        }

        if (form < 80)
        {
            // Split anywhere, even inside a surrogate pair: the compiler folds the halves back into one constant.
            var split = choose.Int(0, value.Length);
            return new Text(value, SourceWriter.Literal(value[..split]) + " + " + SourceWriter.Literal(value[split..]));
        }

        if (form < 90)
        {
            var escaped = SourceWriter.Literal(value)[1..^1].Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
            return new Text("c" + value, "$\"{Const}" + escaped + "\"");
        }

        return new Text("echo " + value, "Helper(" + SourceWriter.Literal(value) + ")");
    }

    private static string Expression(Chooser choose, TextPlace place, IReadOnlyList<string>? matrixAxes)
    {
        if (place == TextPlace.Step && choose.Chance(0.4))
        {
            return matrixAxes is { Count: > 0 } && choose.Chance(0.6)
                ? "${{ matrix." + choose.Pick(matrixAxes) + " }}"
                : choose.Pick(Pools.StepExpressions);
        }

        return choose.Pick(Pools.GitHubExpressions);
    }

    private static string Long(Chooser choose) => choose.Chance(0.5)
        ? new string('x', choose.Int(1_000, 5_000))
        : string.Join("\n", Enumerable.Range(0, choose.Int(50, 300)).Select(i => $"echo line {i}: \"{i}\""));
}
