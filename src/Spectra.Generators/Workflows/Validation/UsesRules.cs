using System;
using System.Collections.Generic;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// The forms GitHub accepts in <c>uses:</c>. Steps: <c>owner/repo@ref</c>, <c>owner/repo/path@ref</c>,
/// <c>./path</c> or <c>docker://image[:tag|@digest]</c>. Reusable jobs: <c>owner/repo/.github/workflows/x.yml@ref</c>
/// or <c>./.github/workflows/x.yml</c>. Empty values are SPX1015's.
/// </summary>
internal static class UsesRules
{
    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        foreach (var job in workflow.Jobs)
        {
            if (job.Call is { Uses.Length: > 0 } call && call.Workflow is null && WorkflowProblem(call.Uses) is { } callProblem)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.MalformedUses, ValuePath.Field(job.Path, "Uses"), call.Uses, callProblem));
            }

            foreach (var step in job.Steps)
            {
                if (step.Uses is { Length: > 0 } uses && ActionProblem(uses) is { } problem)
                {
                    issues.Add(Issue.Create(DiagnosticDescriptors.MalformedUses, ValuePath.Field(step.Path, "Uses"), uses, problem));
                }
            }
        }
    }

    public static string? ActionProblem(string uses)
    {
        if (Common(uses) is { } problem)
        {
            return problem;
        }

        if (uses.StartsWith("docker://", StringComparison.Ordinal))
        {
            return uses.Length == "docker://".Length ? "'docker://' must be followed by an image, e.g. docker://alpine:3.20" : null;
        }

        if (uses.StartsWith("./", StringComparison.Ordinal))
        {
            return uses.Length == 2 ? "'./' must be followed by the directory of the action, e.g. ./.github/actions/build" : null;
        }

        return Remote(uses, "an action is 'owner/repo@ref' or 'owner/repo/path@ref' (or './path', 'docker://image')", minSegments: 2);
    }

    public static string? WorkflowProblem(string uses)
    {
        if (Common(uses) is { } problem)
        {
            return problem;
        }

        const string Format = "a reusable workflow is 'owner/repo/.github/workflows/file.yml@ref' or './.github/workflows/file.yml'";
        if (uses.StartsWith("./", StringComparison.Ordinal))
        {
            return uses.IndexOf('@') >= 0
                ? "a workflow of this repository ('./...') runs at the caller's commit and takes no '@ref'"
                : WorkflowPath(uses.Substring(2));
        }

        if (Remote(uses, Format, minSegments: 3) is { } remoteProblem)
        {
            return remoteProblem;
        }

        var segments = uses.Substring(0, uses.LastIndexOf('@')).Split('/');
        return WorkflowPath(string.Join("/", segments, 2, segments.Length - 2));
    }

    private static string? Common(string uses)
    {
        if (uses.Contains("${{"))
        {
            return "GitHub does not evaluate expressions in 'uses'; write the reference literally";
        }

        foreach (var c in uses)
        {
            if (char.IsWhiteSpace(c))
            {
                return "it contains whitespace";
            }
        }

        return null;
    }

    /// <summary><c>owner/repo[/path]@ref</c> with no empty part.</summary>
    private static string? Remote(string uses, string format, int minSegments)
    {
        var at = uses.LastIndexOf('@');
        if (at < 0)
        {
            return $"it has no '@ref' (a tag, branch or commit SHA); {format}";
        }

        if (at == uses.Length - 1)
        {
            return $"the ref after '@' is empty; {format}";
        }

        var segments = uses.Substring(0, at).Split('/');
        if (segments.Length < minSegments)
        {
            return format;
        }

        foreach (var segment in segments)
        {
            if (segment.Length == 0)
            {
                return $"it has an empty part between '/'; {format}";
            }
        }

        return null;
    }

    /// <summary>GitHub loads reusable workflows only from <c>.github/workflows</c> itself, not from subdirectories.</summary>
    private static string? WorkflowPath(string path)
    {
        const string Directory = ".github/workflows/";
        if (!path.StartsWith(Directory, StringComparison.Ordinal) || path.IndexOf('/', Directory.Length) >= 0)
        {
            return $"'{path}' is not a file directly in .github/workflows, where GitHub looks for reusable workflows";
        }

        return path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal)
            ? null
            : $"'{path}' is not a .yml or .yaml file";
    }
}
