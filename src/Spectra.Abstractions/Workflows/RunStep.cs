namespace Spectra;

/// <summary>A step that runs a script (<c>run:</c>).</summary>
public sealed record RunStep : Step
{
    /// <summary>The script (<c>run:</c>).</summary>
    public string Script { get; init; } = "";

    /// <summary>The shell, e.g. <c>bash</c> or <c>pwsh</c>.</summary>
    public string? Shell { get; init; }

    /// <summary>The directory to run in, relative to the workspace.</summary>
    public string? WorkingDirectory { get; init; }
}
