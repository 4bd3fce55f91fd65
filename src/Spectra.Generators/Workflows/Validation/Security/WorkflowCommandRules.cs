using System;
using System.Collections.Generic;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation.Security;

/// <summary>SPX4005: workflow commands that GitHub replaced with environment files.</summary>
internal static class WorkflowCommandRules
{
    private static readonly (string Command, string Status, string Instead)[] Commands =
    [
        ("::set-output", "deprecated", "append name=value to the file named by $GITHUB_OUTPUT instead"),
        ("::save-state", "deprecated", "append name=value to the file named by $GITHUB_STATE instead"),
        ("::set-env", "disabled because any process that printed text could set variables", "append NAME=value to the file named by $GITHUB_ENV instead"),
        ("::add-path", "disabled because any process that printed text could change PATH", "append the directory to the file named by $GITHUB_PATH instead"),
    ];

    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        foreach (var job in workflow.Jobs)
        {
            foreach (var step in job.Steps)
            {
                if (step.Run is not { } script)
                {
                    continue;
                }

                foreach (var (command, status, instead) in Commands)
                {
                    if (script.IndexOf(command, StringComparison.Ordinal) >= 0)
                    {
                        issues.Add(Issue.Create(DiagnosticDescriptors.DeprecatedWorkflowCommand, ValuePath.Field(step.Path, "Script"), command, status, instead));
                    }
                }
            }
        }
    }
}
