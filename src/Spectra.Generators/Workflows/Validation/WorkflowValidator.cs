using System.Collections.Generic;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;
using Spectra.Generators.Workflows.Validation.Expressions;
using Spectra.Generators.Workflows.Validation.Security;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// The rules that look at one workflow alone. They run per workflow, before <c>Collect()</c>, so an edit
/// re-validates only the workflow it touched; the few checks across workflows are <see cref="WorkflowSetRules"/>.
/// </summary>
internal static class WorkflowValidator
{
    /// <summary>
    /// Returns two groups because the set lists them apart: the workflow rules of every workflow come before the
    /// trigger and job rules of any workflow (the order diagnostics have always come in).
    /// </summary>
    public static (EquatableArray<Issue> Rules, EquatableArray<Issue> TriggersAndJobs) Validate(WorkflowModel workflow)
    {
        var issues = new List<Issue>();
        if (!IdRules.IsValidWorkflowId(workflow.Id))
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.InvalidWorkflowId, WorkflowPaths.Id(workflow.TypeName), workflow.Id, "is not a valid file name: use letters, digits, '.', '-' and '_'"));
        }

        StructureRules.Check(workflow, issues);
        JobRules.Check(workflow, issues);
        NeedsGraphRules.Check(workflow, issues);
        ExpressionRules.Check(workflow, issues);
        SecurityRules.Check(workflow, issues);
        foreach (var schedule in workflow.On?.Schedules ?? EquatableArray<ScheduleModel>.Empty)
        {
            if (CronRules.Validate(schedule.Cron) is { } problem)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.InvalidCron, schedule.Path, schedule.Cron, problem));
            }
        }

        var triggersAndJobs = new List<Issue>();
        TriggerAndJobRules.Check(workflow, triggersAndJobs);
        return (issues.ToEquatableArray(), triggersAndJobs.ToEquatableArray());
    }
}
