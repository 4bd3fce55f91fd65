using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Spectra.Generators.Caching;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Incremental;

/// <summary>
/// Runs the generator the way the IDE does (one driver, a new compilation per edit) and reports which declarations
/// were evaluated rather than served from the process-wide evaluation cache. Each test compiles under its own
/// assembly name, so tests running in parallel never share cache entries.
/// </summary>
internal sealed class EvaluationCacheHarness
{
    private GeneratorDriver _driver = GeneratorHarness.CreateDriver();

    public static CSharpCompilation Compile(params string[] sources) =>
        GeneratorHarness.Compile(sources).WithAssemblyName("CacheTest" + Guid.NewGuid().ToString("N"));

    /// <summary>Runs on <paramref name="compilation"/>; <c>Evaluated</c> lists "Kind:Type" per evaluation, sorted.</summary>
    public (GeneratorOutcome Outcome, IReadOnlyList<string> Evaluated) Run(Compilation compilation)
    {
        using var probe = EvaluationProbe.Start();
        _driver = _driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (new GeneratorOutcome(_driver, compilation, output, diagnostics), probe.Evaluations.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The compilation with the text of the tree at <paramref name="path"/> edited (a new tree, as an editor makes).</summary>
    public static Compilation Edit(Compilation compilation, string path, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var text = tree.ToString();
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text.Replace(oldText, newText, StringComparison.Ordinal), GeneratorHarness.ParseOptions, path: path));
    }

    public static Compilation Append(Compilation compilation, string path, string declarations)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(tree + "\n" + declarations + "\n", GeneratorHarness.ParseOptions, path: path));
    }

    /// <summary>Every file and diagnostic of a run, as text, to compare runs with and without the cache.</summary>
    public static string Describe(GeneratorOutcome outcome) =>
        string.Join("\n", outcome.Output.SyntaxTrees.Skip(outcome.Input.SyntaxTrees.Count()).Select(t => t.FilePath + "\n" + t))
        + "\n" + string.Join("\n", outcome.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
}
