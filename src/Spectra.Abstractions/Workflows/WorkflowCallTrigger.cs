using System.Collections.Generic;

namespace Spectra;

/// <summary>The <c>workflow_call</c> event: makes this workflow reusable.</summary>
public sealed record WorkflowCallTrigger
{
    /// <summary>The inputs callers pass with <c>with:</c>, by name.</summary>
    public Dictionary<string, WorkflowInput>? Inputs { get; init; }

    /// <summary>The secrets callers pass with <c>secrets:</c>, by name.</summary>
    public Dictionary<string, WorkflowSecret>? Secrets { get; init; }

    /// <summary>Values this workflow returns to callers, by name.</summary>
    public Dictionary<string, WorkflowOutput>? Outputs { get; init; }
}
