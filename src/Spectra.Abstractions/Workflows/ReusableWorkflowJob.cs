using System.Collections.Generic;

namespace Spectra;

/// <summary>A job that calls a reusable workflow instead of running steps.</summary>
public sealed record ReusableWorkflowJob : JobBase
{
    /// <summary>The workflow: <c>./.github/workflows/x.yml</c> or <c>owner/repo/.github/workflows/x.yml@ref</c>.</summary>
    public string Uses { get; init; } = "";

    /// <summary>Inputs for the called workflow.</summary>
    public Dictionary<string, object>? With { get; init; }

    /// <summary>Secrets for the called workflow, by reference (<see cref="Spectra.Secrets.Get"/>).</summary>
    public Dictionary<string, string>? Secrets { get; init; }

    /// <summary>Pass all of the caller's secrets (<c>secrets: inherit</c>).</summary>
    public bool InheritSecrets { get; init; }
}
