using System.Collections.Generic;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// The trigger, input, job and step rules (SPX1030-SPX1047) of one workflow, one small rule class each. Calls of
/// reusable workflows against their callee's contract need the callee too: <see cref="WorkflowSetRules"/>.
/// </summary>
internal static class TriggerAndJobRules
{
    public static void Check(WorkflowModel workflow, List<Issue> issues)
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
}
