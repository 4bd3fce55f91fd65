using System;
using System.Collections.Generic;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// The only workflow rules that need every workflow at once, run after <c>Collect()</c> over
/// <see cref="WorkflowSummary"/> values rather than whole models: two workflows writing one file (SPX1009), and
/// reusable calls against their callee's contract (<see cref="ReusableCallRules"/>).
/// </summary>
internal static class WorkflowSetRules
{
    /// <summary>Workflow ids already taken, compared ignoring case because file systems may.</summary>
    public static HashSet<string> NewIdSet() => new(StringComparer.OrdinalIgnoreCase);

    /// <summary>SPX1009 for a workflow whose valid id an earlier workflow already uses; an invalid id is the per-workflow rule's.</summary>
    public static Issue? DuplicateId(WorkflowSummary workflow, HashSet<string> seenIds) =>
        IdRules.IsValidWorkflowId(workflow.Id) && !seenIds.Add(workflow.Id)
            ? Issue.Create(DiagnosticDescriptors.InvalidWorkflowId, WorkflowPaths.Id(workflow.TypeName), workflow.Id, "is used by more than one workflow (file names are compared ignoring case)")
            : null;
}
