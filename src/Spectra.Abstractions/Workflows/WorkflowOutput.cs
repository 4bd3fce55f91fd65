namespace Spectra;

/// <summary>A value a reusable workflow returns to its callers.</summary>
public sealed record WorkflowOutput
{
    /// <summary>What the output means.</summary>
    public string? Description { get; init; }

    /// <summary>An expression, usually <c>${{ jobs.JOB.outputs.NAME }}</c>.</summary>
    public string Value { get; init; } = "";
}
