namespace Spectra;

/// <summary>Defaults for every <c>run</c> step of a workflow or job.</summary>
public sealed record Defaults
{
    /// <summary>The shell, e.g. <c>bash</c> or <c>pwsh</c>.</summary>
    public string? Shell { get; init; }

    /// <summary>The working directory, relative to the workspace.</summary>
    public string? WorkingDirectory { get; init; }
}
