using Spectra.Generators.Common;
using Spectra.Generators.Workflows;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Validation;

namespace Spectra.Generators.Tests.Diagnostics;

/// <summary>
/// Workflows are checked one by one, but the set lists their issues group by group (every workflow's parse issues,
/// then every workflow's resolve issues, ...), the order they had when validation ran over the whole set at once.
/// </summary>
public sealed class WorkflowSetOrderTests
{
    [Fact]
    public void Issues_are_listed_group_by_group_across_workflows_with_duplicate_ids_before_the_workflows_own_rules()
    {
        var analysis = WorkflowSetAnalysis.Analyze([Checked("A", "ci"), Checked("B", "CI")]);

        Assert.Equal(
            ["A.parse", "B.parse", "A.resolve", "B.resolve", "A.rules", "B.[Workflow]", "B.rules", "A.triggers", "B.triggers", "A.pinning", "B.pinning"],
            analysis.Issues.Select(issue => issue.Path));
        Assert.Equal("SPX1009", analysis.Issues[5].DescriptorId);
    }

    private static CheckedWorkflow Checked(string typeName, string id)
    {
        EquatableArray<Issue> One(string group) => new[] { new Issue("SPX0004", typeName + "." + group, EquatableArray<string>.Empty) }.ToEquatableArray();
        var summary = new WorkflowSummary(typeName, id, Incomplete: false, null, EquatableArray<ReusableCallSite>.Empty);
        return new CheckedWorkflow(null, summary, new WorkflowIssues(One("parse"), One("resolve"), One("rules"), One("triggers"), One("pinning")));
    }
}
