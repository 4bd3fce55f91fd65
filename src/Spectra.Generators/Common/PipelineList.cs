using System;

namespace Spectra.Generators.Common;

/// <summary>
/// An <see cref="EquatableArray{T}"/> carried between pipeline steps as a reference type. Roslyn's incremental
/// tables are generic over each step's value type: for a struct the JIT compiles every table, entry and builder
/// method again, which costs a fresh compiler process (a build without the compiler server) about a thousand methods;
/// for a class the runtime shares one precompiled body.
/// </summary>
internal sealed record PipelineList<T>(EquatableArray<T> Items)
    where T : IEquatable<T>
{
    public static readonly PipelineList<T> Empty = new(EquatableArray<T>.Empty);
}
