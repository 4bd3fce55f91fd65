using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Spectra.Generators.Caching;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Platform;
using Spectra.Generators.Values;

namespace Spectra.Generators.Evaluation;

/// <summary>
/// The mutable state of one declaration's evaluation: where values came from, what went wrong, and which members
/// and helper calls are in progress (to stop recursion). Lives only inside the generator's transform.
/// </summary>
internal sealed class EvaluationContext
{
    /// <summary>Helpers calling helpers deeper than this are almost certainly recursive.</summary>
    public const int MaxCallDepth = 16;

    public EvaluationContext(Compilation compilation, CancellationToken cancellationToken)
    {
        Compilation = compilation;
        CancellationToken = cancellationToken;
        Dependencies = new DependencyRecorder(compilation, SemanticModelFor, cancellationToken);
    }

    private readonly List<LocatedPath> _locations = [];
    private readonly List<DiagnosticInfo> _diagnostics = [];
    private readonly Stack<string> _membersInProgress = new();
    private readonly Dictionary<SyntaxTree, SemanticModel> _semanticModels = [];

    public Compilation Compilation { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The trees this evaluation read, for the evaluation cache (Caching/).</summary>
    public DependencyRecorder Dependencies { get; }

    /// <summary>False when the result must not be reused, e.g. an internal error (it might not happen again).</summary>
    public bool Cacheable { get; private set; } = true;

    public void MarkNotCacheable() => Cacheable = false;

    public ImmutableDictionary<IParameterSymbol, Value> Parameters { get; set; } =
        ImmutableDictionary.Create<IParameterSymbol, Value>(SymbolEqualityComparer.Default);

    public int CallDepth { get; set; }

    /// <summary>Values embedded in referenced org packages.</summary>
    public ReferencedModels ReferencedModels { get; } = new();

    /// <summary>Org jobs this declaration referred to, by declaration id, in order: they join the workflow.</summary>
    public List<(string DeclarationId, Value Value)> PlatformJobs { get; } = [];

    public bool HasErrors => _diagnostics.Count > 0;

    public SemanticModel SemanticModelFor(SyntaxTree tree)
    {
        if (!_semanticModels.TryGetValue(tree, out var model))
        {
            model = CreateSemanticModel(Compilation, tree);
            _semanticModels[tree] = model;
            Dependencies.RecordTree(tree);
        }

        return model;
    }

    /// <summary>Binds a member body or initializer, and records what it depends on.</summary>
    public IOperation? OperationOf(SyntaxNode node)
    {
        var operation = SemanticModelFor(node.SyntaxTree).GetOperation(node, CancellationToken);
        Dependencies.RecordOperation(operation);
        return operation;
    }

    /// <summary>
    /// Evaluation reads values, never nullability: without DisableNullableAnalysis every GetOperation first runs the
    /// nullable walker over the member, ~90% of GetOperation's time in the benchmarks (docs/performance.md). The
    /// option is marked experimental (present in Roslyn 4.14 through the SDK's 5.x compiler); should a future
    /// compiler drop it, the call fails to bind and evaluation falls back to an ordinary semantic model.
    /// </summary>
    private static SemanticModel CreateSemanticModel(Compilation compilation, SyntaxTree tree)
    {
        if (s_withoutNullableAnalysis)
        {
            try
            {
                return CreateWithoutNullableAnalysis(compilation, tree);
            }
            catch (MissingMethodException)
            {
                s_withoutNullableAnalysis = false;
            }
            catch (TypeLoadException)
            {
                s_withoutNullableAnalysis = false;
            }
        }

        return compilation.GetSemanticModel(tree);
    }

    private static bool s_withoutNullableAnalysis = true;

#pragma warning disable RSEXPERIMENTAL001 // see CreateSemanticModel: guarded, with a fallback, and a pure speed-up
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SemanticModel CreateWithoutNullableAnalysis(Compilation compilation, SyntaxTree tree) =>
        compilation.GetSemanticModel(tree, SemanticModelOptions.DisableNullableAnalysis);
#pragma warning restore RSEXPERIMENTAL001

    public void Record(string path, SyntaxNode syntax)
    {
        Dependencies.RecordTree(syntax.SyntaxTree); // a location in a tree is only valid while its text is unchanged
        var location = LocationInfo.From(syntax);
        if (location is not null)
        {
            _locations.Add(new LocatedPath(path, location));
        }
    }

    public void Record(string path, Location location)
    {
        RecordTreeOf(location);
        if (LocationInfo.From(location) is { } info)
        {
            _locations.Add(new LocatedPath(path, info));
        }
    }

    public void Report(DiagnosticDescriptor descriptor, SyntaxNode syntax, params string[] arguments)
    {
        Dependencies.RecordTree(syntax.SyntaxTree);
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, LocationInfo.From(syntax), arguments));
    }

    public void Report(DiagnosticDescriptor descriptor, Location location, params string[] arguments)
    {
        RecordTreeOf(location);
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, LocationInfo.From(location), arguments));
    }

    private void RecordTreeOf(Location location)
    {
        if (location.SourceTree is { } tree)
        {
            Dependencies.RecordTree(tree);
        }
    }

    public void ReportNotEvaluable(SyntaxNode syntax, string construct, string hint) =>
        Report(DiagnosticDescriptors.NotEvaluable, syntax, construct, hint);

    /// <summary>Marks a member as being evaluated; false if it already is (a cycle).</summary>
    public bool TryEnterMember(string memberId)
    {
        if (_membersInProgress.Contains(memberId))
        {
            return false;
        }

        _membersInProgress.Push(memberId);
        return true;
    }

    public void ExitMember() => _membersInProgress.Pop();

    public string MembersInProgress() => string.Join(" -> ", Enumerable.Reverse(_membersInProgress.ToArray()));

    public LocationTable ToLocationTable() => new(_locations.ToEquatableArray());

    public EquatableArray<DiagnosticInfo> ToDiagnostics() => _diagnostics.ToEquatableArray();
}
