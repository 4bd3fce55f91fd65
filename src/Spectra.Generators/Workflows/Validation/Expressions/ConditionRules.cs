using System.Collections.Generic;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Expressions;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation.Expressions;

/// <summary>
/// Conditions (<c>if</c>) that do not decide anything. SPX1025: text outside <c>${{ }}</c> (<c>${{ a }} &amp;&amp; b</c>,
/// or a trailing space) turns the condition into a string template, and a non-empty string is always true.
/// SPX1026: a condition of literals only (<c>true</c>, <c>${{ false }}</c>, <c>1 == 1</c>) has a fixed result.
/// </summary>
internal static class ConditionRules
{
    public static void Check(ExpressionSite site, ExpressionTemplate template, List<Issue> issues)
    {
        if (!site.Key.IsCondition || template.Expressions.Count == 0 || template.UnterminatedAt >= 0)
        {
            return;
        }

        if (!template.IsSingleExpression)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.IfAlwaysTrue, site.Path, site.Text));
        }
        else if (template.Expressions[0].Parsed.Node is { } node && ConstantEvaluator.TryEvaluate(node, out var value))
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.ConstantCondition, site.Path, site.Text, value.IsTruthy ? "true" : "false"));
        }
    }
}
