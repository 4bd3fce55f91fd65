using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;
using static Spectra.Generators.Tests.Infrastructure.RuleAssert;

namespace Spectra.Generators.Tests.Triggers;

/// <summary>SPX1034-SPX1036: workflow_dispatch and workflow_call inputs.</summary>
public sealed class InputTests
{
    private const string Build = """public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };""";

    private static string Dispatch(string inputs) => Workflow($$"""
        public static Triggers On => new() { WorkflowDispatch = new() { Inputs = new() { {{inputs}} } } };
        {{Build}}
        """);

    private static string Call(string inputs) => Workflow($$"""
        public static Triggers On => new() { WorkflowCall = new() { Inputs = new() { {{inputs}} } } };
        {{Build}}
        """);

    [Fact]
    public void Choice_without_options_is_reported_at_the_type() =>
        Reports("SPX1034", Dispatch("""["target"] = new() { Type = [|InputType.Choice|] }"""), "Input 'target' is a choice but declares no Options");

    [Fact]
    public void Choice_default_outside_the_options_is_reported_at_the_default() =>
        Reports("SPX1035", Dispatch("""["target"] = new() { Type = InputType.Choice, Options = ["staging", "production"], Default = [|"prod"|] }"""),
            "Input 'target' has the default 'prod', which is not one of its Options (staging, production)");

    [Fact]
    public void Boolean_input_with_a_string_default_is_reported() =>
        Reports("SPX1035", Dispatch("""["dry-run"] = new() { Type = InputType.Boolean, Default = [|"yes"|] }"""),
            "Input 'dry-run' is a Boolean, but its default is the string 'yes'; use true or false");

    [Fact]
    public void Number_input_with_a_bool_default_is_reported() =>
        Reports("SPX1035", Call("""["replicas"] = new() { Type = InputType.Number, Default = [|true|] }"""),
            "Input 'replicas' is a Number, but its default is true");

    [Fact]
    public void Choice_input_on_workflow_call_is_reported_at_the_type() =>
        Reports("SPX1035", Call("""["target"] = new() { Type = [|InputType.Choice|], Options = ["a", "b"] }"""),
            "Input 'target' is of type Choice, which only WorkflowDispatch inputs support; WorkflowCall inputs are String, Number or Boolean");

    [Fact]
    public void Environment_input_on_workflow_call_is_reported() =>
        Reports("SPX1035", Call("""["env"] = new() { Type = [|InputType.Environment|] }"""), "is of type Environment");

    [Fact]
    public void Well_typed_inputs_and_expression_defaults_are_accepted()
    {
        const string Inputs = """
            ["target"] = new() { Type = InputType.Choice, Options = ["staging", "production"], Default = "staging" },
            ["dry-run"] = new() { Type = InputType.Boolean, Default = false },
            ["replicas"] = new() { Type = InputType.Number, Default = 2.5 },
            ["name"] = new() { Default = 42 },
            ["where"] = new() { Type = InputType.Environment, Default = "staging" },
            """;
        DoesNotReport("SPX1035", Dispatch(Inputs));
        DoesNotReport("SPX1034", Dispatch(Inputs));
        DoesNotReport("SPX1035", Call("""["fast"] = new() { Type = InputType.Boolean, Default = "${{ github.event_name == 'push' }}" }"""));
    }

    [Fact]
    public void Twenty_six_dispatch_inputs_are_reported_at_the_first_one_over_the_limit()
    {
        var inputs = Enumerable.Range(1, 26).Select(i => i == 26 ? $"[[|\"in{i}\"|]] = new()" : $"[\"in{i}\"] = new()");
        Reports("SPX1036", Dispatch(string.Join(", ", inputs)), "The WorkflowDispatch trigger of workflow 'ci' declares 26 inputs; GitHub allows at most 25");
    }

    [Fact]
    public void Twenty_five_dispatch_inputs_and_many_call_inputs_are_accepted()
    {
        DoesNotReport("SPX1036", Dispatch(string.Join(", ", Enumerable.Range(1, 25).Select(i => $"[\"in{i}\"] = new()"))));
        DoesNotReport("SPX1036", Call(string.Join(", ", Enumerable.Range(1, 40).Select(i => $"[\"in{i}\"] = new()"))));
    }
}
