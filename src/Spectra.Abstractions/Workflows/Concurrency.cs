namespace Spectra;

/// <summary>At most one run (or job) per group at a time.</summary>
public sealed record Concurrency
{
    /// <summary>The group name; may contain expressions such as <c>${{ github.ref }}</c>.</summary>
    public string Group { get; init; } = "";

    /// <summary>Cancel the running member of the group instead of queueing behind it.</summary>
    public bool? CancelInProgress { get; init; }
}
