using System;
using System.Collections.Generic;

namespace Spectra;

/// <summary>A job that calls a reusable workflow instead of running steps.</summary>
public sealed record ReusableWorkflowJob : JobBase
{
    /// <summary>
    /// The workflow: <c>./.github/workflows/x.yml</c> or <c>owner/repo/.github/workflows/x.yml@ref</c>. Leave it
    /// empty when <see cref="Workflow"/> names the workflow.
    /// </summary>
    public string Uses { get; init; } = "";

    /// <summary>
    /// The <c>[Workflow]</c> class to call, e.g. <c>typeof(BuildWorkflow)</c>: <see cref="Uses"/> is derived as
    /// <c>./.github/workflows/{id}.yml</c>, and the call is checked against that workflow's <c>WorkflowCall</c>
    /// inputs and secrets at compile time.
    /// </summary>
    public Type? Workflow { get; init; }

    /// <summary>Inputs for the called workflow.</summary>
    public Dictionary<string, object>? With { get; init; }

    /// <summary>Secrets for the called workflow, by reference (<see cref="Spectra.Secrets.Get"/>).</summary>
    public Dictionary<string, string>? Secrets { get; init; }

    /// <summary>Pass all of the caller's secrets (<c>secrets: inherit</c>).</summary>
    public bool InheritSecrets { get; init; }
}
