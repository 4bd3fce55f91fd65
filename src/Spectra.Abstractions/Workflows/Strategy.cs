namespace Spectra;

/// <summary>Runs a job once per matrix combination.</summary>
public sealed record Strategy
{
    /// <summary>The matrix axes, plus include/exclude entries.</summary>
    public Matrix Matrix { get; init; } = new();

    /// <summary>Cancel the other combinations when one fails (GitHub's default: true).</summary>
    public bool? FailFast { get; init; }

    /// <summary>At most this many combinations at a time.</summary>
    public int? MaxParallel { get; init; }
}
