using System.Collections.Generic;

namespace Spectra;

/// <summary>The <c>workflow_dispatch</c> event: a manual run with typed inputs.</summary>
public sealed record WorkflowDispatchTrigger
{
    /// <summary>The inputs, by name.</summary>
    public Dictionary<string, WorkflowInput>? Inputs { get; init; }
}
