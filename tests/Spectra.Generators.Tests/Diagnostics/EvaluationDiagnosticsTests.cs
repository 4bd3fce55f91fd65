using Spectra.Generators.Tests.Infrastructure;
using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace Spectra.Generators.Tests.Diagnostics;

/// <summary>What the evaluator cannot evaluate is an SPX0xxx error that names the construct, never a silent omission.</summary>
public sealed class EvaluationDiagnosticsTests
{
    [Fact]
    public void Call_to_unknown_method_is_reported_with_its_name() =>
        Reports("SPX0002", Workflow("""
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run([|DateTime.Now.ToString()|])] };
            """), "the call to 'DateTime.ToString'");

    [Fact]
    public void Conditional_expression_is_reported_as_such() =>
        Reports("SPX0002", Workflow("""
            private static bool Fast = true;
            public static Job Build => new() { RunsOn = [|Fast ? "a" : "b"|], Steps = [Step.Run("echo")] };
            """), "a conditional expression");

    [Fact]
    public void Property_with_block_body_is_reported_at_the_property() =>
        Reports("SPX0002", Workflow("""
            [|public static Job Build { get { return new Job(); } }|]
            """), "without an expression body");

    [Fact]
    public void Member_from_another_assembly_is_reported_with_a_hint() =>
        Reports("SPX0002", Workflow("""
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run([|Environment.NewLine|])] };
            """), "declared in a referenced assembly");

    [Fact]
    public void Helpers_that_refer_to_each_other_are_reported_as_recursive() =>
        Reports("SPX0003", Workflow("""
            private static string A => B;
            private static string B => [|A|];
            public static string Name => A;
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };
            """), "refers to itself");

    [Fact]
    public void Value_of_the_wrong_type_in_an_object_dictionary_is_reported_at_the_value() =>
        Reports("SPX0004", Workflow("""
            public static Dictionary<string, object> Env => new() { ["X"] = [|new Permissions()|] };
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };
            """), "must be a string, but it is a Spectra.Permissions");

    [Fact]
    public void Unevaluable_job_does_not_add_a_no_jobs_error()
    {
        var (source, _) = Markup.Parse(Workflow("""
            [|public static Job Build { get { return new Job(); } }|]
            """));

        var outcome = GeneratorHarness.Run(source);

        Assert.Contains(outcome.Diagnostics, d => d.Id == "SPX0002");
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Id == "SPX1011");
    }

    [Fact]
    public void Code_the_compiler_rejects_gets_no_extra_spectra_error()
    {
        var outcome = GeneratorHarness.Run(Workflow("""
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("x") with { Env = new Dictionary<string, string> { { "A", "1" }, ["B"] = "2" } }] };
            """));

        Assert.Contains(outcome.Diagnostics, d => d.Id == "CS0747");
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Id.StartsWith("SPX", StringComparison.Ordinal));
    }
}
