using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;
using Spectra.Generators.Workflows.Validation;

namespace Spectra.Generators.Workflows;

/// <summary>All workflows of a compilation, resolved, with every problem parsing and validation found.</summary>
internal sealed record WorkflowSetAnalysis(EquatableArray<WorkflowModel> Workflows, EquatableArray<Issue> Issues)
{
    public static WorkflowSetAnalysis Analyze(EquatableArray<ParsedWorkflow> parsed)
    {
        var (workflows, resolveIssues) = WorkflowSetResolver.Resolve(parsed);
        var issues = parsed.SelectMany(p => p.Issues)
            .Concat(resolveIssues)
            .Concat(WorkflowValidator.Validate(workflows));
        return new WorkflowSetAnalysis(workflows, issues.ToEquatableArray());
    }
}
