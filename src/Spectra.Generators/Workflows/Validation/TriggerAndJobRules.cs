using System.Collections.Generic;
using Spectra.Generators.Common;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>The trigger, input, job and step rules (SPX1030-SPX1047), one small rule class each.</summary>
internal static class TriggerAndJobRules
{
    public static void Check(EquatableArray<WorkflowModel> workflows, List<Issue> issues)
    {
        foreach (var workflow in workflows)
        {
            TriggerFilterRules.Check(workflow, issues);
            ScheduleFrequencyRules.Check(workflow, issues);
            InputRules.Check(workflow, issues);
            ShellRules.Check(workflow, issues);
            EnvNameRules.Check(workflow, issues);
            ConcurrencyRules.Check(workflow, issues);
            RunnerLabelRules.Check(workflow, issues);
            MatrixRules.Check(workflow, issues);
            UsesRules.Check(workflow, issues);
        }

        ReusableCallRules.Check(workflows, issues);
    }
}
