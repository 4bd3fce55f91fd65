using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Evaluation;

/// <summary>The C# constructs the evaluator understands, each proven by what ends up in the YAML.</summary>
public sealed class EvaluatorTests
{
    private static string RenderSteps(string members, string steps)
    {
        var outcome = GeneratorHarness.Run(DiagnosticAssert.Workflow($$"""
            {{members}}
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [{{steps}}] };
            """));
        outcome.AssertClean();
        return outcome.Yaml(".github/workflows/ci.yml");
    }

    [Fact]
    public void Expression_bodied_helper_is_evaluated_with_constant_arguments()
    {
        var yaml = RenderSteps(
            "private static Step Greet(string who, int times = 2) => Step.Run($\"echo hello {who} x{times}\") with { Name = \"Greet \" + who };",
            "Greet(\"world\"), Greet(\"you\", times: 3)");

        Assert.Contains("name: Greet world", yaml, StringComparison.Ordinal);
        Assert.Contains("run: echo hello world x2", yaml, StringComparison.Ordinal);
        Assert.Contains("run: echo hello you x3", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Constants_nameof_and_interpolated_constants_are_evaluated()
    {
        var yaml = RenderSteps(
            "private const string Tool = \"dotnet\"; private static readonly string Verb = \"build\";",
            "Step.Run($\"{Tool} {Verb} {nameof(Build)}\")");

        Assert.Contains("run: dotnet build Build", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Spread_of_a_shared_step_list_keeps_order()
    {
        var yaml = RenderSteps(
            "private static IReadOnlyList<Step> Setup => [Actions.Checkout(), Actions.SetupDotnet(\"10.0.x\")];",
            "..Setup, Step.Run(\"dotnet test\")");

        var checkout = yaml.IndexOf("actions/checkout@", StringComparison.Ordinal);
        var setup = yaml.IndexOf("actions/setup-dotnet@", StringComparison.Ordinal);
        var test = yaml.IndexOf("dotnet test", StringComparison.Ordinal);
        Assert.True(checkout > 0 && checkout < setup && setup < test, yaml);
    }

    [Fact]
    public void With_on_another_job_copies_it_and_overrides_fields()
    {
        var outcome = GeneratorHarness.Run(DiagnosticAssert.Workflow("""
            public static Job Linux => new() { RunsOn = Runner.Ubuntu2404, TimeoutMinutes = 5, Steps = [Step.Run("make")] };
            public static Job Windows => Linux with { RunsOn = Runner.Windows2022 };
            """));

        outcome.AssertClean();
        var yaml = outcome.Yaml(".github/workflows/ci.yml");
        Assert.Contains("  windows:\n    runs-on: windows-2022\n    timeout-minutes: 5", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Arrays_lists_and_dictionary_add_initializers_are_evaluated()
    {
        var yaml = RenderSteps(
            "",
            "Step.Run(\"x\") with { Env = new Dictionary<string, string> { { \"A\", \"1\" }, { \"B\", \"2\" } } }, Step.Action(\"a/b@v1\") with { With = new() { [\"list\"] = new[] { \"x\", \"y\" }, [\"n\"] = 3, [\"flag\"] = true } }");

        Assert.Contains("A: \"1\"", yaml, StringComparison.Ordinal);
        Assert.Contains("B: \"2\"", yaml, StringComparison.Ordinal);
        Assert.Contains("\"n\": 3", yaml, StringComparison.Ordinal); // "n" is a YAML 1.1 bool, so even the key is quoted
        Assert.Contains("flag: true", yaml, StringComparison.Ordinal);
        Assert.Contains("- x\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_job_id_overrides_the_member_name()
    {
        var outcome = GeneratorHarness.Run(DiagnosticAssert.Workflow("""
            public static Job Build => new() { Id = "compile", RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("make")] };
            public static Job Test => new() { Needs = [Build], RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("make test")] };
            """));

        outcome.AssertClean();
        var yaml = outcome.Yaml(".github/workflows/ci.yml");
        Assert.Contains("  compile:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("needs: [compile]", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Declarations_spread_over_files_resolve_across_them()
    {
        var outcome = GeneratorHarness.Run(Sources.KitchenSink, Sources.Environments);

        outcome.AssertClean();
        Assert.Contains("url: https://staging.contoso.example", outcome.Yaml(".github/workflows/kitchen-sink.yml"), StringComparison.Ordinal);
    }
}
