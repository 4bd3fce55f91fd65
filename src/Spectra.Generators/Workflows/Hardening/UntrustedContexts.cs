using System;
using System.Collections.Generic;

namespace Spectra.Generators.Workflows.Hardening;

/// <summary>
/// Context properties that whoever triggers a workflow can fill with arbitrary text: GitHub Security Lab's list
/// ("Keeping your GitHub Actions and workflows secure Part 2: Untrusted input"), plus the discussion and
/// <c>workflow_run</c> properties that actionlint and CodeQL also treat as untrusted. <c>*</c> stands for any
/// array index.
/// </summary>
internal static class UntrustedContexts
{
    private static readonly string[][] Patterns = Split(
        "github.event.issue.title",
        "github.event.issue.body",
        "github.event.pull_request.title",
        "github.event.pull_request.body",
        "github.event.pull_request.head.ref",
        "github.event.pull_request.head.label",
        "github.event.pull_request.head.repo.default_branch",
        "github.event.comment.body",
        "github.event.review.body",
        "github.event.review_comment.body",
        "github.event.pages.*.page_name",
        "github.event.commits.*.message",
        "github.event.commits.*.author.email",
        "github.event.commits.*.author.name",
        "github.event.head_commit.message",
        "github.event.head_commit.author.email",
        "github.event.head_commit.author.name",
        "github.event.head_commit.committer.email",
        "github.event.head_commit.committer.name",
        "github.event.discussion.title",
        "github.event.discussion.body",
        "github.event.workflow_run.head_branch",
        "github.event.workflow_run.display_title",
        "github.event.workflow_run.head_commit.message",
        "github.event.workflow_run.head_commit.author.email",
        "github.event.workflow_run.head_commit.author.name",
        "github.event.workflow_run.pull_requests.*.head.ref",
        "github.head_ref");

    /// <summary>
    /// True when the property path reaches untrusted text: it is one of the patterns, lies below one, or is an
    /// object that contains one (<c>toJSON(github.event.issue)</c> carries the title too).
    /// </summary>
    public static bool IsUntrusted(IReadOnlyList<string> path)
    {
        foreach (var pattern in Patterns)
        {
            if (SharesPrefix(path, pattern))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SharesPrefix(IReadOnlyList<string> path, string[] pattern)
    {
        var length = Math.Min(path.Count, pattern.Length);
        for (var i = 0; i < length; i++)
        {
            if (pattern[i] != "*" && path[i] != "*" && !string.Equals(pattern[i], path[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static string[][] Split(params string[] patterns) => Array.ConvertAll(patterns, p => p.Split('.'));
}
