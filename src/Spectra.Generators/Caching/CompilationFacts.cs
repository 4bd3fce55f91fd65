using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Spectra.Generators.Caching;

/// <summary>
/// One compilation as the evaluation cache sees it: its <see cref="CompilationShape"/> and the facts of each of its
/// syntax trees by path. Computed once per compilation object: the generator reads every declaration of a run from
/// the same compilation.
/// </summary>
internal sealed class CompilationFacts
{
    private static readonly ConditionalWeakTable<Compilation, CompilationFacts> s_byCompilation = new();

    /// <summary>Trees by path; null for a path that more than one tree has (such trees never take part in caching).</summary>
    private readonly Dictionary<string, (SyntaxTree Tree, TreeFacts Facts)?> _treesByPath;

    private CompilationFacts(CompilationShape shape, Dictionary<string, (SyntaxTree Tree, TreeFacts Facts)?> treesByPath)
    {
        Shape = shape;
        _treesByPath = treesByPath;
    }

    public CompilationShape Shape { get; }

    public static CompilationFacts For(Compilation compilation, CancellationToken cancellationToken)
    {
        if (s_byCompilation.TryGetValue(compilation, out var facts))
        {
            return facts;
        }

        facts = Compute(compilation, cancellationToken);
        return s_byCompilation.GetValue(compilation, _ => facts);
    }

    /// <summary>The content key of <paramref name="tree"/>, if it is this compilation's only tree with its path.</summary>
    public string? ContentKeyOf(SyntaxTree tree) =>
        _treesByPath.TryGetValue(tree.FilePath, out var entry) && entry is { } found && found.Tree == tree ? found.Facts.ContentKey : null;

    /// <summary>The content key of this compilation's tree at <paramref name="path"/>, if exactly one tree has it.</summary>
    public string? ContentKeyAt(string path) =>
        _treesByPath.TryGetValue(path, out var entry) && entry is { } found ? found.Facts.ContentKey : null;

    private static CompilationFacts Compute(Compilation compilation, CancellationToken cancellationToken)
    {
        var treesByPath = new Dictionary<string, (SyntaxTree, TreeFacts)?>();
        var shapes = new List<(string Path, string Shape)>();
        var parseOptions = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var facts = TreeFacts.For(tree, cancellationToken);
            treesByPath[tree.FilePath] = treesByPath.ContainsKey(tree.FilePath) ? null : (tree, facts);
            shapes.Add((tree.FilePath, facts.Shape));
            parseOptions.Add(TreeFacts.ParseOptionsKey(tree.Options));
        }

        using var hash = new ContentHash();
        hash.Add("trees");
        foreach (var (path, shape) in shapes.OrderBy(s => s.Path, System.StringComparer.Ordinal).ThenBy(s => s.Shape, System.StringComparer.Ordinal))
        {
            hash.Add(path);
            hash.Add(shape);
        }

        hash.Add("parse options");
        foreach (var options in parseOptions)
        {
            hash.Add(options);
        }

        hash.Add("references");
        foreach (var reference in compilation.References)
        {
            hash.Add(ReferenceIdentity.Of(reference));
        }

        hash.Add("assembly");
        hash.Add(compilation.AssemblyName ?? "");
        return new CompilationFacts(new CompilationShape(hash.Finish(), CompilationShape.Normalize(compilation.Options)), treesByPath);
    }
}
