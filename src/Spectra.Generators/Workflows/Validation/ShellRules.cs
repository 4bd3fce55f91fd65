using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// GitHub's built-in shells by platform (workflow syntax, <c>jobs.&lt;job_id&gt;.steps[*].shell</c>): bash, pwsh
/// and python everywhere; sh on Linux and macOS; cmd and powershell on Windows. Checked only when the runner's
/// labels name the OS; custom shells (<c>perl {0}</c>) and unknown names are left alone.
/// </summary>
internal static class ShellRules
{
    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        var workflowShellReported = false;
        foreach (var job in workflow.Jobs)
        {
            if (job.IsReusableCall || HostedRunners.OperatingSystem(job.RunsOn) is not { } os)
            {
                continue;
            }

            var label = string.Join(", ", job.RunsOn!.Labels);
            var jobShell = job.Defaults?.Shell;
            if (jobShell is not null)
            {
                Check(jobShell, ValuePath.Field(job.Defaults!.Path, "Shell"), os, label, issues);
            }
            else if (workflow.Defaults?.Shell is { } workflowShell && !workflowShellReported && job.Steps.Any(s => s.Run is not null && s.Shell is null))
            {
                workflowShellReported = Check(workflowShell, ValuePath.Field(workflow.Defaults.Path, "Shell"), os, label, issues);
            }

            foreach (var step in job.Steps)
            {
                if (step.Shell is { } shell)
                {
                    Check(shell, ValuePath.Field(step.Path, "Shell"), os, label, issues);
                }
            }
        }
    }

    private static bool Check(string shell, string path, string os, string label, List<Issue> issues)
    {
        var available = shell switch
        {
            "bash" or "pwsh" or "python" => true,
            "sh" => os != HostedRunners.Windows,
            "cmd" or "powershell" => os == HostedRunners.Windows,
            _ => true, // a custom shell command, or a name GitHub itself would reject
        };
        if (!available)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.ShellNotOnRunner, path, shell, os, label));
        }

        return !available;
    }
}
