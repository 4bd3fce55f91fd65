using System.Collections.Generic;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>Push and pull-request triggers: activity types, filters that exclude each other, filter patterns.</summary>
internal static class TriggerFilterRules
{
    /// <summary>
    /// The activity types GitHub's workflow parser (@actions/workflow-parser 0.3.61) accepts for both
    /// pull_request and pull_request_target; it rejects any other value when the workflow loads.
    /// </summary>
    public static readonly string[] PullRequestActivityTypes =
    [
        "assigned", "unassigned", "labeled", "unlabeled", "opened", "edited", "closed", "reopened", "synchronize",
        "converted_to_draft", "locked", "unlocked", "enqueued", "dequeued", "milestoned", "demilestoned", "ready_for_review",
        "review_requested", "review_request_removed", "auto_merge_enabled", "auto_merge_disabled", "stacked",
    ];

    private static readonly (string Only, string Ignore)[] ExclusivePairs =
    [
        ("branches", "branches-ignore"),
        ("tags", "tags-ignore"),
        ("paths", "paths-ignore"),
    ];

    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        Check(workflow.On?.Push, "push", issues);
        Check(workflow.On?.PullRequest, "pull_request", issues);
        Check(workflow.On?.PullRequestTarget, "pull_request_target", issues);
    }

    private static void Check(GitEventModel? gitEvent, string eventName, List<Issue> issues)
    {
        if (gitEvent is null)
        {
            return;
        }

        var byKey = new Dictionary<string, FilterModel>();
        foreach (var filter in gitEvent.Filters)
        {
            byKey[filter.Key] = filter;
            if (filter.Key == "types")
            {
                CheckTypes(filter, eventName, issues);
            }
            else
            {
                CheckPatterns(filter, issues);
            }
        }

        foreach (var (only, ignore) in ExclusivePairs)
        {
            if (byKey.TryGetValue(only, out var first) && byKey.TryGetValue(ignore, out var second))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.FilterConflict, second.Path, MemberName(first), MemberName(second), eventName));
            }
        }
    }

    private static void CheckTypes(FilterModel types, string eventName, List<Issue> issues)
    {
        for (var i = 0; i < types.Patterns.Count; i++)
        {
            if (System.Array.IndexOf(PullRequestActivityTypes, types.Patterns[i]) < 0)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.UnknownActivityType, ValuePath.Index(types.Path, i), types.Patterns[i], eventName, string.Join(", ", PullRequestActivityTypes)));
            }
        }
    }

    private static void CheckPatterns(FilterModel filter, List<Issue> issues)
    {
        var isRef = filter.Key.StartsWith("branches", System.StringComparison.Ordinal) || filter.Key.StartsWith("tags", System.StringComparison.Ordinal);
        for (var i = 0; i < filter.Patterns.Count; i++)
        {
            if (FilterPattern.Validate(filter.Patterns[i], isRef) is { } problem)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.InvalidGlob, ValuePath.Index(filter.Path, i), filter.Patterns[i], problem));
            }
        }
    }

    /// <summary>The C# property the filter was declared with (<c>BranchesIgnore</c>): the last segment of its path.</summary>
    private static string MemberName(FilterModel filter) => filter.Path.Substring(filter.Path.LastIndexOf('.') + 1);
}
