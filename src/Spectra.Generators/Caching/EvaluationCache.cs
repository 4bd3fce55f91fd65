using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Spectra.Generators.Evaluation;

namespace Spectra.Generators.Caching;

/// <summary>
/// Reuses a declaration's evaluation across compilations when nothing it depended on changed. Roslyn re-runs every
/// <c>ForAttributeWithMetadataName</c> transform on every compilation change, and evaluation binds member bodies,
/// which is most of an edit's cost (docs/performance.md); an edit usually touches one file.
/// <para>
/// A result is reused when the compilation has the same <see cref="CompilationShape"/> (no declaration, signature,
/// attribute, using, reference or option changed anywhere) and every tree the evaluation depended on
/// (<see cref="DependencyRecorder"/>) has the same text. Keys are content, not objects, so entries serve the IDE's
/// driver and, inside the compiler server, which keeps this assembly loaded, the next command-line build.
/// </para>
/// <para>
/// Process-wide and shared by every project in the process: thread-safe, a few entries per declaration (a project
/// built for two target frameworks keeps both), and emptied when it holds too many declarations.
/// </para>
/// </summary>
internal sealed class EvaluationCache<T>(string kind)
    where T : class
{
    /// <summary>
    /// Results kept per declaration: one per target of a multi-targeted project plus the one before an edit (undo),
    /// bounded for a long IDE session. A result is a few kilobytes of values and locations.
    /// </summary>
    private const int EntriesPerDeclaration = 3;

    /// <summary>
    /// Declarations kept before the cache starts over: more than any solution open at once; at a few kilobytes per
    /// result (an estimate, not measured), some tens of megabytes at most.
    /// </summary>
    private const int MaxDeclarations = 10_000;

    private readonly ConcurrentDictionary<string, ImmutableArray<Entry>> _entries = new(StringComparer.Ordinal);

    public T GetOrEvaluate(
        GeneratorAttributeSyntaxContext syntaxContext,
        Func<GeneratorAttributeSyntaxContext, EvaluationContext, T> evaluate,
        CancellationToken cancellationToken)
    {
        var compilation = syntaxContext.SemanticModel.Compilation;
        if (!EvaluationProbe.CacheEnabled)
        {
            return Evaluate(syntaxContext, new EvaluationContext(compilation, cancellationToken), evaluate);
        }

        // The cache is a shortcut: if its own bookkeeping fails, evaluate as if it did not exist, never throw (an
        // exception in a generator drops all of its output, CS8785).
        CompilationFacts? facts = null;
        var key = "";
        try
        {
            facts = CompilationFacts.For(compilation, cancellationToken);
            key = Key(syntaxContext, compilation);
            if (_entries.TryGetValue(key, out var entries) && entries.FirstOrDefault(entry => entry.Matches(facts)) is { } hit)
            {
                return hit.Value; // nothing bound: FAWMN already has the symbol and its attributes
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            facts = null;
        }

        var context = new EvaluationContext(compilation, cancellationToken);
        var value = Evaluate(syntaxContext, context, evaluate);
        if (facts is not null && context.Cacheable && context.Dependencies.Complete && Dependencies(context, facts) is { } dependencies)
        {
            Store(key, new Entry(facts.Shape, dependencies, value));
        }

        return value;
    }

    private T Evaluate(GeneratorAttributeSyntaxContext syntaxContext, EvaluationContext context, Func<GeneratorAttributeSyntaxContext, EvaluationContext, T> evaluate)
    {
        context.Dependencies.RecordTree(syntaxContext.TargetNode.SyntaxTree);
        context.Dependencies.RecordSymbol(syntaxContext.TargetSymbol);
        EvaluationProbe.Evaluated(kind, ((INamedTypeSymbol)syntaxContext.TargetSymbol).ToDisplayString());
        return evaluate(syntaxContext, context);
    }

    /// <summary>Kind, attribute, project and where the class is declared: one declaration's identity across compilations.</summary>
    private string Key(GeneratorAttributeSyntaxContext syntaxContext, Compilation compilation) =>
        string.Join(
            "\n",
            kind,
            syntaxContext.Attributes.FirstOrDefault()?.AttributeClass?.ToDisplayString() ?? "",
            compilation.AssemblyName ?? "",
            syntaxContext.TargetNode.SyntaxTree.FilePath,
            ((INamedTypeSymbol)syntaxContext.TargetSymbol).ToDisplayString());

    /// <summary>Path and content key of each tree read; null if one is not identifiable by path in this compilation.</summary>
    private static ImmutableArray<(string Path, string ContentKey)>? Dependencies(EvaluationContext context, CompilationFacts facts)
    {
        var dependencies = ImmutableArray.CreateBuilder<(string, string)>(context.Dependencies.Trees.Count);
        foreach (var tree in context.Dependencies.Trees)
        {
            if (facts.ContentKeyOf(tree) is not { } contentKey)
            {
                return null;
            }

            dependencies.Add((tree.FilePath, contentKey));
        }

        return dependencies.MoveToImmutable();
    }

    private void Store(string key, Entry entry)
    {
        if (_entries.Count >= MaxDeclarations)
        {
            _entries.Clear();
        }

        _entries.AddOrUpdate(
            key,
            _ => [entry],
            (_, existing) => existing.Insert(0, entry).Take(EntriesPerDeclaration).ToImmutableArray());
    }

    private sealed class Entry(CompilationShape shape, ImmutableArray<(string Path, string ContentKey)> dependencies, T value)
    {
        public T Value { get; } = value;

        public bool Matches(CompilationFacts facts) =>
            shape.Equals(facts.Shape) && dependencies.All(dependency => facts.ContentKeyAt(dependency.Path) == dependency.ContentKey);
    }
}
