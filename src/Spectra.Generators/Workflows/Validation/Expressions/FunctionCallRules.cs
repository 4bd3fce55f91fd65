using System;
using System.Collections.Generic;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Expressions;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation.Expressions;

/// <summary>
/// SPX1021: a call of a function GitHub does not have, with the wrong number of arguments, or where GitHub does not
/// allow it (<c>hashFiles</c> outside steps, status checks such as <c>always()</c> outside <c>if</c>).
/// </summary>
internal static class FunctionCallRules
{
    public static void Check(ExpressionUse use, List<Issue> issues)
    {
        foreach (var node in ExpressionTree.DescendantsAndSelf(use.Root))
        {
            if (node is FunctionCall call)
            {
                CheckCall(call, use.Site, issues);
            }
        }
    }

    private static void CheckCall(FunctionCall call, ExpressionSite site, List<Issue> issues)
    {
        var function = ExpressionFunctions.Find(call.Name);
        var problem = function switch
        {
            null => "is not a function; GitHub's functions are " + ExpressionFunctions.Names,
            _ when !function.Accepts(call.Arguments.Count) && !IsJobStatusCheckWithJobs(function, site) =>
                $"{function.DescribeArity()}, but is given {call.Arguments.Count}",
            { Restriction: SpecialFunctions.HashFiles } when (site.Key.Functions & SpecialFunctions.HashFiles) == 0 =>
                $"can only be called in the keys of a step (if, name, run, with, env, working-directory), where the workspace exists; not in {site.Where}",
            { Restriction: SpecialFunctions.StatusChecks } when (site.Key.Functions & SpecialFunctions.StatusChecks) == 0 =>
                $"is a status check function, which GitHub allows only in 'if' conditions; not in {site.Where}",
            _ => null,
        };
        if (problem is not null)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.UnknownFunction, site.Path, call.Name, problem));
        }
    }

    /// <summary>GitHub's workflow schema lets a job's <c>success()</c> and <c>failure()</c> take arguments, unlike a step's.</summary>
    private static bool IsJobStatusCheckWithJobs(ExpressionFunction function, ExpressionSite site) =>
        site.Key == ExpressionKey.JobIf && (string.Equals(function.Name, "success", StringComparison.Ordinal) || string.Equals(function.Name, "failure", StringComparison.Ordinal));
}
