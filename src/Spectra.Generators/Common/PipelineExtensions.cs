using System;
using Microsoft.CodeAnalysis;

namespace Spectra.Generators.Common;

/// <summary>Pipeline helpers that keep step values reference types (see <see cref="PipelineList{T}"/>).</summary>
internal static class PipelineExtensions
{
    /// <summary>
    /// <c>Collect()</c> as a <see cref="PipelineList{T}"/>. Combining the bare <c>ImmutableArray</c> would make each
    /// tuple shape (<c>(ImmutableArray, X)</c>, <c>((ImmutableArray, ImmutableArray), X)</c>, ...) a struct that the JIT
    /// compiles Roslyn's tables for again; the list also compares by content, so an unchanged set stays cached.
    /// </summary>
    public static IncrementalValueProvider<PipelineList<T>> CollectList<T>(this IncrementalValuesProvider<T> source)
        where T : IEquatable<T> =>
        source.Collect().Select(static (all, _) => new PipelineList<T>(new EquatableArray<T>(all)));
}
