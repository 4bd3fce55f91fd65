using System.Collections.Immutable;

namespace Spectra.Generators.Common;

/// <summary>
/// A number of declarations, as a reference type for the same reason as <see cref="PipelineList{T}"/>: counting with
/// <c>int</c> values made Roslyn's tables, <c>ImmutableArray&lt;int&gt;</c> and nested <c>(int, int)</c> tuples
/// all JIT-compiled in a fresh compiler process.
/// </summary>
internal sealed record PipelineCount(int Value)
{
    /// <summary>What each counted item maps to before <c>Collect()</c>: equal across edits, so counting stays cached.</summary>
    public static readonly PipelineCount One = new(1);

    public static PipelineCount Of(ImmutableArray<PipelineCount> ones) => new(ones.Length);

    public static PipelineCount operator +(PipelineCount left, PipelineCount right) => new(left.Value + right.Value);
}
