using System;
using System.Collections.Generic;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;
using Spectra.Generators.Workflows.Validation.Expressions;
using Spectra.Generators.Workflows.Validation.Security;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>Rules over the whole set of workflows: ids and file names, then each workflow's own rules.</summary>
internal static class WorkflowValidator
{
    public static EquatableArray<Issue> Validate(EquatableArray<WorkflowModel> workflows)
    {
        var issues = new List<Issue>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var workflow in workflows)
        {
            var idPath = WorkflowPaths.Id(workflow.TypeName);
            if (!IdRules.IsValidWorkflowId(workflow.Id))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.InvalidWorkflowId, idPath, workflow.Id, "is not a valid file name: use letters, digits, '.', '-' and '_'"));
            }
            else if (!seen.Add(workflow.Id))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.InvalidWorkflowId, idPath, workflow.Id, "is used by more than one workflow (file names are compared ignoring case)"));
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
        }

        TriggerAndJobRules.Check(workflows, issues);
        return issues.ToEquatableArray();
    }
}
