using System.Collections.Generic;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// A label that no GitHub-hosted runner has leaves the job queued until it times out. Only plain label sets are
/// checked: expressions, self-hosted runners and runner groups may use any label.
/// </summary>
internal static class RunnerLabelRules
{
    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        foreach (var job in workflow.Jobs)
        {
            if (job.RunsOn is not { } runner || HostedRunners.MayBeSelfHostedOrGroup(runner))
            {
                continue;
            }

            var labelsPath = ValuePath.Field(ValuePath.Field(job.Path, "RunsOn"), "Labels");
            for (var i = 0; i < runner.Labels.Count; i++)
            {
                var label = runner.Labels[i];
                if (!label.Contains("${{") && !HostedRunners.IsKnown(label))
                {
                    issues.Add(Issue.Create(DiagnosticDescriptors.UnknownRunnerLabel, ValuePath.Index(labelsPath, i), label));
                }
            }
        }
    }
}
