using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Spectra.Generators.Caching;
using Spectra.Generators.Tests.Infrastructure;
using static Spectra.Generators.Tests.Incremental.EvaluationCacheSources;

namespace Spectra.Generators.Tests.Incremental;

/// <summary>
/// What the evaluation cache must never do: return a result other than evaluation's, reuse one across different
/// references, or mix two projects whose files have the same paths.
/// </summary>
public sealed class EvaluationCacheSoundnessTests
{
    public static TheoryData<string> SnapshotInputs => new()
    {
        nameof(Sources.ReadmeExample),
        nameof(Sources.KitchenSink),
        nameof(Sources.ReusableWorkflow),
        "Deployments",
        "Platform",
    };

    [Theory]
    [MemberData(nameof(SnapshotInputs))]
    public void Results_served_from_the_cache_equal_results_evaluated_without_it(string input)
    {
        string[] sources = input switch
        {
            nameof(Sources.ReadmeExample) => [Sources.ReadmeExample],
            nameof(Sources.KitchenSink) => [Sources.KitchenSink],
            nameof(Sources.ReusableWorkflow) => [Sources.ReusableWorkflow, Sources.ReadmeExample],
            "Deployments" => [Deployments.DeploymentSources.Environments, Deployments.DeploymentSources.StandardService],
            _ => [Platform.OrgHarness.OrgSource],
        };
        var compilation = EvaluationCacheHarness.Compile(sources);

        string withoutCache;
        using (EvaluationProbe.Start(disableCache: true))
        {
            withoutCache = EvaluationCacheHarness.Describe(GeneratorHarness.Run(compilation, GeneratorHarness.DefaultFiles));
        }

        var harness = new EvaluationCacheHarness();
        harness.Run(compilation);
        var (fromCache, evaluated) = new EvaluationCacheHarness().Run(EvaluationCacheHarness.Compile(sources).WithAssemblyName(compilation.AssemblyName));

        Assert.Empty(evaluated);
        Assert.Equal(withoutCache, EvaluationCacheHarness.Describe(fromCache));
    }

    [Fact]
    public void A_rebuilt_reference_with_a_new_constant_value_re_evaluates_and_reads_the_new_value()
    {
        var uses = """
            using Spectra;

            namespace Contoso.Ci;

            [Workflow("c")]
            public static class C
            {
                public static Triggers On => new() { Push = new() { Branches = ["main"] } };
                public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run(Library.Tool.Name)] };
            }
            """;
        var compilation = EvaluationCacheHarness.Compile(uses);
        var harness = new EvaluationCacheHarness();
        var (first, _) = harness.Run(compilation.AddReferences(Library("first")));

        var (second, evaluated) = harness.Run(compilation.AddReferences(Library("second")));

        Assert.Contains("run: first", first.Yaml(".github/workflows/c.yml"), StringComparison.Ordinal);
        Assert.Equal(["Workflow:Contoso.Ci.C"], evaluated);
        Assert.Contains("run: second", second.Yaml(".github/workflows/c.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_evaluation_cancelled_midway_leaves_nothing_in_the_cache()
    {
        var compilation = EvaluationCacheHarness.Compile(All);
        using (var cancellation = new CancellationTokenSource())
        using (var probe = EvaluationProbe.Start())
        {
            probe.BeforeEvaluation = cancellation.Cancel; // the evaluator checks the token at every operation
            Assert.ThrowsAny<OperationCanceledException>(() => GeneratorHarness.CreateDriver().RunGenerators(compilation, cancellation.Token));
        }

        var (outcome, evaluated) = new EvaluationCacheHarness().Run(compilation);

        Assert.Equal([WorkflowA, WorkflowB], evaluated);
        Assert.Contains("run: build-long", outcome.Yaml(".github/workflows/a.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_projects_with_the_same_paths_and_names_but_different_text_never_see_each_others_results()
    {
        // Same assembly name, paths and type names, different text, evaluated concurrently many times over.
        var assemblyName = "SameName" + Guid.NewGuid().ToString("N");
        Parallel.For(0, 16, i =>
        {
            var word = Words[i % 2];
            var compilation = EvaluationCacheHarness.Edit(
                EvaluationCacheHarness.Compile(All).WithAssemblyName(assemblyName), SharedPath, "Step.Run(\"lint\")", $"Step.Run(\"lint {word}\")");
            var (outcome, _) = new EvaluationCacheHarness().Run(compilation);
            Assert.Contains($"run: lint {word}", outcome.Yaml(".github/workflows/a.yml"), StringComparison.Ordinal);
        });
    }

    private static readonly string[] Words = ["first", "second"];

    /// <summary>A referenced assembly whose constant <c>Library.Tool.Name</c> is <paramref name="name"/>.</summary>
    private static PortableExecutableReference Library(string name)
    {
        var library = CSharpCompilation.Create(
            "Library",
            [CSharpSyntaxTree.ParseText($"namespace Library; public static class Tool {{ public const string Name = \"{name}\"; }}", GeneratorHarness.ParseOptions)],
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true));
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
