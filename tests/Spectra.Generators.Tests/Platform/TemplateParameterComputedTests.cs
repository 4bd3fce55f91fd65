using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Platform;

/// <summary>SPX8010: an org template can place its parameters, never compute with them; reported at the parameter's use.</summary>
public sealed class TemplateParameterComputedTests
{
    private static string Org(string members) => $$"""
        using System.Collections.Generic;
        using Spectra;

        namespace Contoso.Infra;

        [Platform("infra")]
        public static class Templates
        {
        {{members}}
        }
        """;

    private static void Reports(string members, string parameter, string construct) =>
        DiagnosticAssert.Reports("SPX8010", Org(members), $"The template parameter '{parameter}' is used in {construct}");

    [Fact]
    public void Comparing_a_parameter_in_a_condition_is_reported_at_the_parameter() =>
        Reports("""public static Job Build(string project) => new() { Name = [|project|] == "api" ? "API" : "other" };""", "project", "'project == \"api\" ? \"API\" : \"other\"' (a conditional expression)");

    [Fact]
    public void Reading_a_member_of_a_parameter_is_reported_at_the_parameter() =>
        Reports("""public static Job Build(string project) => new() { TimeoutMinutes = [|project|].Length };""", "project", "the instance member 'Length'");

    [Fact]
    public void Arithmetic_on_a_parameter_is_reported_at_the_parameter() =>
        Reports("""public static Job Build(int minutes) => new() { TimeoutMinutes = [|minutes|] * 2 };""", "minutes", "'minutes * 2'");

    [Fact]
    public void Switching_on_a_parameter_is_reported_at_the_parameter() =>
        Reports("""public static Job Build(string kind) => new() { Name = [|kind|] switch { "a" => "x", _ => "y" } };""", "kind", "'kind switch { \"a\" => \"x\", _ => \"y\" }' (a switch expression)");

    [Fact]
    public void Spreading_a_parameter_of_unknown_length_is_reported_at_the_parameter() =>
        Reports("""public static Job Build(IReadOnlyList<Step> extra) => new() { Steps = [Actions.Checkout(), .. [|extra|]] };""", "extra", "'.. extra'");

    [Fact]
    public void With_on_a_parameter_of_unknown_shape_is_reported_at_the_parameter() =>
        Reports("""public static Job Build(RunStep step) => new() { Steps = [[|step|] with { Name = "x" }] };""", "step", "'step with { Name = \"x\" }'");

    [Fact]
    public void Computing_in_a_nested_helper_is_reported_where_the_helper_uses_the_passed_parameter() =>
        Reports("""
                public static Job Build(string project) => Named(project);

                private static Job Named(string name) => new() { Name = [|name|].ToUpperInvariant() };
            """, "project", "the call to 'String.ToUpperInvariant'");

    [Theory]
    [InlineData("public static Job [|Build|](string project) { return new() { Name = project }; }", "a method without an expression body")]
    [InlineData("public static Job [|Build|]<T>(string project) => new() { Name = project };", "a generic method")]
    [InlineData("public static void [|Build|](string project) => System.Console.WriteLine(project);", "a method that returns nothing")]
    [InlineData("public static Job [|Build|](ref string project) => new() { Name = project };", "a method with ref, out or in parameters")]
    public void Public_method_that_cannot_be_a_template_is_reported_at_its_name_not_left_out(string member, string shape) =>
        DiagnosticAssert.Reports("SPX0002", Org(member), $"It is {shape}");

    [Fact]
    public void Placing_parameters_in_values_strings_and_helper_arguments_reports_nothing()
    {
        var outcome = GeneratorHarness.Run(Org("""
                public static Job Build(string project, int minutes, JobBase after) => new()
                {
                    Name = "Build " + project,
                    Needs = [after],
                    TimeoutMinutes = minutes,
                    Steps = [Step.Run($"dotnet build {project}"), Actions.SetupDotnet(project)],
                };
            """));

        Assert.Empty(outcome.Diagnostics);
    }
}
