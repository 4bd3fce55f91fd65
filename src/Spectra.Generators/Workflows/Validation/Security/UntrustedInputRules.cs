using System.Collections.Generic;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Hardening;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation.Security;

/// <summary>SPX4001: untrusted context values pasted into a script. Hardening moves them; this says so, or says why it could not.</summary>
internal static class UntrustedInputRules
{
    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        foreach (var job in workflow.Jobs)
        {
            foreach (var step in job.Steps)
            {
                if (UntrustedInputPlan.For(step, job, workflow) is not { } plan)
                {
                    continue;
                }

                var reported = new HashSet<string>();
                foreach (var input in plan.Inputs)
                {
                    if (reported.Add(input.Text))
                    {
                        var outcome = plan.CannotMove
                            ?? $"Spectra passes it to the script through the environment variable {input.EnvName} instead of pasting it into the script";
                        issues.Add(Issue.Create(DiagnosticDescriptors.UntrustedInputInScript, plan.ScriptPath, input.ContextPath, outcome));
                    }
                }
            }
        }
    }
}
