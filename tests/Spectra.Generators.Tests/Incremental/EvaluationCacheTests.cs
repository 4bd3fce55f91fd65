using Microsoft.CodeAnalysis;
using Spectra.Generators.Tests.Infrastructure;
using static Spectra.Generators.Tests.Incremental.EvaluationCacheSources;

namespace Spectra.Generators.Tests.Incremental;

/// <summary>
/// The evaluation cache (src/Spectra.Generators/Caching) re-evaluates a declaration only when the compilation's shape
/// or a file it read changed, and its results are the ones evaluation would have produced.
/// </summary>
public sealed class EvaluationCacheTests
{
    [Fact]
    public void Editing_one_declarations_body_re_evaluates_only_that_declaration()
    {
        var (harness, compilation) = Start();

        var (outcome, evaluated) = harness.Run(EvaluationCacheHarness.Edit(compilation, BPath, "Names.Tool)]", "Names.Tool), Step.Run(\"extra\")]"));

        Assert.Equal([WorkflowB], evaluated);
        Assert.Contains("run: extra", outcome.Yaml(".github/workflows/b.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_in_a_file_that_no_declaration_read_re_evaluates_nothing()
    {
        var (harness, compilation) = Start();

        var (_, evaluated) = harness.Run(EvaluationCacheHarness.Edit(compilation, OtherPath, "public static int Answer", "// the answer\n    public static int Answer"));

        Assert.Empty(evaluated);
    }

    [Fact]
    public void A_comment_in_a_declaration_file_re_evaluates_only_that_declaration_so_its_locations_move()
    {
        var (harness, compilation) = Start();

        var (outcome, evaluated) = harness.Run(EvaluationCacheHarness.Edit(compilation, APath, "[Workflow(\"a\")]", "// a comment\n[Workflow(\"a\")]"));

        Assert.Equal([WorkflowA], evaluated);
        var locations = outcome.Result.TrackedSteps[TrackingNames.SourceDiagnostics].SelectMany(s => s.Outputs)
            .Select(o => (Generators.Diagnostics.SourceDiagnostics)o.Value)
            .SelectMany(d => d.Locations.Entries)
            .Where(l => l.Path == "Contoso.Ci.A");
        Assert.Equal(6, Assert.Single(locations).Location.LineSpan.Start.Line); // one line lower than before
    }

    [Fact]
    public void Editing_a_shared_helper_re_evaluates_exactly_the_declarations_that_read_it()
    {
        var (harness, compilation) = Start();

        var (outcome, evaluated) = harness.Run(EvaluationCacheHarness.Edit(compilation, SharedPath, "Step.Run(\"lint\")", "Step.Run(\"lint --strict\")"));

        Assert.Equal([WorkflowA], evaluated);
        Assert.Contains("run: lint --strict", outcome.Yaml(".github/workflows/a.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_constant_that_another_constant_uses_re_evaluates_exactly_the_declarations_that_read_it()
    {
        var (harness, compilation) = Start();

        var (outcome, evaluated) = harness.Run(EvaluationCacheHarness.Edit(compilation, ConstsPath, "Base = \"dotnet\"", "Base = \"dotnet-9\""));

        Assert.Equal([WorkflowB], evaluated);
        Assert.Contains("run: dotnet-9 test", outcome.Yaml(".github/workflows/b.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_constant_named_in_the_declarations_attribute_re_evaluates_it_with_the_new_id()
    {
        var harness = new EvaluationCacheHarness();
        var compilation = EvaluationCacheHarness.Compile(
            """
            using Spectra;

            namespace Contoso.Ci;

            [Workflow(Ids.Release)]
            public static class Release
            {
                public static Triggers On => new() { Push = new() { Branches = ["main"] } };
                public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("make")] };
            }
            """,
            "namespace Contoso.Ci; public static class Ids { public const string Release = \"release\"; }");
        harness.Run(compilation);

        var (outcome, evaluated) = harness.Run(EvaluationCacheHarness.Edit(compilation, "Declarations1.cs", "\"release\"", "\"ship\""));

        Assert.Equal(["Workflow:Contoso.Ci.Release"], evaluated);
        Assert.Equal([".github/workflows/ship.yml"], outcome.Artifacts.Select(a => a.Path));
    }

    [Fact]
    public void Editing_an_environment_re_evaluates_the_environments_and_the_services_that_use_them()
    {
        var harness = new EvaluationCacheHarness();
        var compilation = EvaluationCacheHarness.Compile([.. All, Deployments.DeploymentSources.Environments, Deployments.DeploymentSources.StandardService]);
        harness.Run(compilation);

        var (_, evaluated) = harness.Run(EvaluationCacheHarness.Edit(compilation, "Declarations6.cs", "[\"example.com/environment\"] = \"dev\"", "[\"example.com/environment\"] = \"development\""));

        Assert.Equal(["Deployment:Contoso.Envs", "Deployment:Contoso.Svc001"], evaluated);
    }

    [Fact]
    public void Adding_an_overload_in_a_file_nobody_read_re_evaluates_everything_and_binds_to_it()
    {
        var (harness, compilation) = Start();

        var (outcome, evaluated) = harness.Run(EvaluationCacheHarness.Append(
            compilation, OtherPath, "namespace Contoso { public static partial class Shared { public static string Script(int level) => \"build-int\"; } }"));

        Assert.Equal([WorkflowA, WorkflowB], evaluated);
        Assert.Contains("run: build-int", outcome.Yaml(".github/workflows/a.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_that_shadows_a_referenced_type_in_a_file_nobody_read_changes_the_value()
    {
        var (harness, compilation) = Start();

        var (outcome, evaluated) = harness.Run(EvaluationCacheHarness.Append(
            compilation, OtherPath, "namespace Contoso.Ci { public static class Names { public const string Tool = \"shadowed\"; } }"));

        Assert.Equal([WorkflowA, WorkflowB], evaluated);
        Assert.Contains("run: shadowed", outcome.Yaml(".github/workflows/b.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_compilation_options_re_evaluates_everything()
    {
        var (harness, compilation) = Start();

        var (_, evaluated) = harness.Run(compilation.WithOptions(compilation.Options.WithOptimizationLevel(OptimizationLevel.Release)));

        Assert.Equal([WorkflowA, WorkflowB], evaluated);
    }

    [Fact]
    public void A_new_compilation_of_the_same_text_in_a_new_driver_re_evaluates_nothing()
    {
        var (_, compilation) = Start();

        // The compiler server's case: every build parses anew and creates a new driver, in the same process.
        var (outcome, evaluated) = new EvaluationCacheHarness().Run(EvaluationCacheHarness.Compile(All).WithAssemblyName(compilation.AssemblyName));

        Assert.Empty(evaluated);
        Assert.Contains("run: build-long", outcome.Yaml(".github/workflows/a.yml"), StringComparison.Ordinal);
    }

    private static (EvaluationCacheHarness Harness, Compilation Compilation) Start()
    {
        var harness = new EvaluationCacheHarness();
        var compilation = EvaluationCacheHarness.Compile(All);
        var (outcome, evaluated) = harness.Run(compilation);
        Assert.Equal([WorkflowA, WorkflowB], evaluated);
        Assert.Contains("run: dotnet test", outcome.Yaml(".github/workflows/b.yml"), StringComparison.Ordinal);
        Assert.Contains("run: original", outcome.Yaml(".github/workflows/b.yml"), StringComparison.Ordinal);
        return (harness, compilation);
    }
}
