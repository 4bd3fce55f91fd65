using System.Collections.Generic;
using Spectra.Generators.Common;
using Spectra.Generators.Workflows.Hardening;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;
using Spectra.Generators.Workflows.Pinning;
using Spectra.Generators.Workflows.Validation;
using Spectra.Generators.Workflows.Validation.Security;

namespace Spectra.Generators.Workflows;

/// <summary>
/// One workflow resolved, validated on its own and hardened, in a per-workflow step: an edit re-runs this for the
/// edited workflow only. <see cref="Hardened"/> is what renders (null when checking failed, see
/// <see cref="PipelineGuard"/>); <see cref="Summary"/> is what the checks across workflows need; rules see the
/// workflow as declared, renderers see it hardened.
/// </summary>
internal sealed record CheckedWorkflow(WorkflowModel? Hardened, WorkflowSummary Summary, WorkflowIssues Issues)
{
    public static CheckedWorkflow Check(ParsedWorkflow parsed, WorkflowDirectory directory, PinTable pins)
    {
        var resolveIssues = new List<Issue>();
        var workflow = WorkflowResolver.Resolve(parsed.Model, directory, resolveIssues);
        var (rules, triggersAndJobs) = WorkflowValidator.Validate(workflow);
        var issues = new WorkflowIssues(parsed.Issues, resolveIssues.ToEquatableArray(), rules, triggersAndJobs, PinningRules.Check(workflow, pins).ToEquatableArray());
        return new CheckedWorkflow(WorkflowHardening.Apply(workflow, pins), WorkflowSummary.Of(workflow), issues);
    }
}

/// <summary>
/// One workflow's issues, kept in the groups <see cref="WorkflowSetAnalysis"/> lists them by: every workflow's
/// parse issues, then every workflow's resolve issues, and so on. That is the order diagnostics came in when all
/// of validation ran over the whole set, and keeping it makes the split invisible to users and tests.
/// </summary>
internal sealed record WorkflowIssues(
    EquatableArray<Issue> Parse,
    EquatableArray<Issue> Resolve,
    EquatableArray<Issue> Rules,
    EquatableArray<Issue> TriggersAndJobs,
    EquatableArray<Issue> Pinning)
{
    public static WorkflowIssues ParseOnly(EquatableArray<Issue> parse) =>
        new(parse, EquatableArray<Issue>.Empty, EquatableArray<Issue>.Empty, EquatableArray<Issue>.Empty, EquatableArray<Issue>.Empty);
}
