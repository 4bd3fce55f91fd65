using System;
using System.Collections.Generic;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Hardening;

internal enum ScriptLanguage
{
    /// <summary>bash or sh: the default on Linux and macOS runners.</summary>
    Posix,

    /// <summary>pwsh or powershell: the default on Windows runners.</summary>
    PowerShell,

    Cmd,

    /// <summary>The <c>script</c> input of <c>actions/github-script</c>.</summary>
    JavaScript,

    /// <summary>python or a custom shell: Spectra does not know how such a script reads a variable.</summary>
    Other,

    /// <summary>No shell is set and the runner comes from an expression, so the default shell is unknown.</summary>
    Unknown,
}

internal static class ScriptLanguages
{
    /// <summary>
    /// The shell GitHub will use for a run step: the step's, else the job's or the workflow's default, else the
    /// runner's default (pwsh on Windows, bash elsewhere).
    /// </summary>
    public static (ScriptLanguage Language, string? Shell) ForRunStep(StepModel step, JobModel job, WorkflowModel workflow)
    {
        var shell = step.Shell ?? job.Defaults?.Shell ?? workflow.Defaults?.Shell;
        if (shell is not null)
        {
            return (FromShell(shell), shell);
        }

        var labels = job.RunsOn?.Labels ?? default;
        if (labels.IsEmpty || Any(labels, label => label.Contains("${{")))
        {
            return (ScriptLanguage.Unknown, null);
        }

        return Any(labels, label => label.StartsWith("windows", StringComparison.OrdinalIgnoreCase))
            ? (ScriptLanguage.PowerShell, "pwsh")
            : (ScriptLanguage.Posix, "bash");
    }

    /// <summary>The first word decides: <c>bash --noprofile --norc -eo pipefail {0}</c> is still bash.</summary>
    private static ScriptLanguage FromShell(string shell)
    {
        var program = shell.Trim().Split(' ')[0].ToLowerInvariant();
        return program switch
        {
            "bash" or "sh" => ScriptLanguage.Posix,
            "pwsh" or "powershell" => ScriptLanguage.PowerShell,
            "cmd" => ScriptLanguage.Cmd,
            _ => ScriptLanguage.Other,
        };
    }

    private static bool Any(IEnumerable<string> items, Func<string, bool> predicate)
    {
        foreach (var item in items)
        {
            if (predicate(item))
            {
                return true;
            }
        }

        return false;
    }
}
