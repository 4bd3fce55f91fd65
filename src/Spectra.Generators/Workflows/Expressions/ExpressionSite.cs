using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Expressions;

/// <summary>
/// A string of the workflow model that GitHub evaluates: its value path (for the squiggle), its text, the workflow
/// key it sits under (which decides the contexts it may use), and the job and step it belongs to, if any.
/// </summary>
internal readonly record struct ExpressionSite(string Path, string Text, ExpressionKey Key, JobModel? Job, int StepIndex)
{
    /// <summary>The step this string belongs to, or null for job- and workflow-level keys.</summary>
    public StepModel? Step => Job is not null && StepIndex >= 0 ? Job.Steps[StepIndex] : null;

    /// <summary>Where the string is, as GitHub's table names it with the job id filled in: <c>jobs.deploy.if</c>.</summary>
    public string Where => Key.Describe(Job?.Id);
}
