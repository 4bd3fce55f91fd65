using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Workflows.Hardening;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;
using Spectra.Generators.Workflows.Pinning;
using Spectra.Generators.Workflows.Validation;
using Spectra.Generators.Workflows.Validation.Security;

namespace Spectra.Generators.Workflows;

/// <summary>
/// All workflows of a compilation, resolved, with every problem parsing and validation found. Rules see the
/// workflows as declared; <see cref="Workflows"/> are hardened (see <see cref="WorkflowHardening"/>), ready to render.
/// </summary>
internal sealed record WorkflowSetAnalysis(EquatableArray<WorkflowModel> Workflows, EquatableArray<Issue> Issues)
{
    public static WorkflowSetAnalysis Analyze(EquatableArray<ParsedWorkflow> parsed, PinTable pins)
    {
        var (workflows, resolveIssues) = WorkflowSetResolver.Resolve(parsed);
        var issues = parsed.SelectMany(p => p.Issues)
            .Concat(resolveIssues)
            .Concat(WorkflowValidator.Validate(workflows))
            .Concat(PinningRules.Check(workflows, pins));
        return new WorkflowSetAnalysis(WorkflowHardening.Apply(workflows, pins), issues.ToEquatableArray());
    }
}
