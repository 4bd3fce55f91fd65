namespace Spectra;

/// <summary>A secret a reusable workflow expects from its callers.</summary>
public sealed record WorkflowSecret
{
    /// <summary>What the secret is for.</summary>
    public string? Description { get; init; }

    /// <summary>Whether callers must pass it.</summary>
    public bool? Required { get; init; }
}
