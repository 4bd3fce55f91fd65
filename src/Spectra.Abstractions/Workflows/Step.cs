using System.Collections.Generic;
using Spectra.Factories;

namespace Spectra;

/// <summary>
/// One step of a job: a shell script (<see cref="RunStep"/>, from <see cref="Run"/>) or an action
/// (<see cref="ActionStep"/>, from <see cref="Action"/> or the helpers in <see cref="Actions"/>). Adjust with
/// <c>with { Id = "push", If = "..." }</c>.
/// </summary>
public abstract record Step
{
    /// <summary>The step id, so later steps can read <c>steps.ID.outputs.NAME</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary>A condition; <c>${{ }}</c> is optional here.</summary>
    public string? If { get; init; }

    /// <summary>Environment variables for this step.</summary>
    public Dictionary<string, string>? Env { get; init; }

    /// <summary>Cancel the step after this many minutes.</summary>
    public int? TimeoutMinutes { get; init; }

    /// <summary>Let the job go on when this step fails.</summary>
    public bool? ContinueOnError { get; init; }

    /// <summary>A step that runs a script.</summary>
    /// <param name="script">The script; multi-line scripts are rendered as a literal block.</param>
    /// <param name="shell">The shell, e.g. <c>bash</c> or <c>pwsh</c>; the runner's default when omitted.</param>
    /// <param name="workingDirectory">The directory to run in, relative to the workspace.</param>
    [ObjectFactory]
    public static RunStep Run(
        [Property(nameof(RunStep.Script))] string script,
        string? shell = null,
        string? workingDirectory = null) =>
        new() { Script = script, Shell = shell, WorkingDirectory = workingDirectory };

    /// <summary>A step that uses an action.</summary>
    /// <param name="uses">The action: <c>owner/repo@ref</c>, <c>owner/repo/path@ref</c>, <c>./path</c> or <c>docker://image</c>.</param>
    [ObjectFactory]
    public static ActionStep Action([Property(nameof(ActionStep.Uses))] string uses) => new() { Uses = uses };
}
