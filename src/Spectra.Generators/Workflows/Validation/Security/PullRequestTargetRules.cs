using System;
using System.Collections.Generic;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Pinning;

namespace Spectra.Generators.Workflows.Validation.Security;

/// <summary>
/// SPX4007: the "pwn request". pull_request_target runs the base branch's workflow with secrets and a write token
/// even for pull requests from forks; checking out the pull request's head then runs the fork's code (its build
/// scripts, its tests) with those privileges.
/// </summary>
internal static class PullRequestTargetRules
{
    private static readonly string[] HeadReferences =
    [
        "github.event.pull_request.head.sha",
        "github.event.pull_request.head.ref",
        "github.event.pull_request.merge_commit_sha",
        "github.head_ref",
        "refs/pull/",
    ];

    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        if (workflow.On?.PullRequestTarget is null)
        {
            return;
        }

        foreach (var job in workflow.Jobs)
        {
            foreach (var step in job.Steps)
            {
                if (step.Uses is not { } uses || !ActionReference.Parse(uses).Repository.Equals("actions/checkout", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var input in step.With)
                {
                    if (input.Key == "ref" && input.Value is StringValue value && NamesPullRequestHead(value.Text))
                    {
                        issues.Add(Issue.Create(DiagnosticDescriptors.PullRequestTargetCheckout, ValuePath.Key(ValuePath.Field(step.Path, "With"), "ref"), workflow.Id, value.Text));
                    }
                }
            }
        }
    }

    private static bool NamesPullRequestHead(string reference)
    {
        var compact = reference.Replace(" ", "");
        foreach (var head in HeadReferences)
        {
            if (compact.IndexOf(head, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
