using System.Collections.Generic;
using System.Globalization;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Expressions;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation.Expressions;

/// <summary>SPX1020: text GitHub cannot parse as an expression, or a <c>${{</c> never closed with <c>}}</c>.</summary>
internal static class SyntaxRules
{
    private const int QuoteLimit = 80;

    public static void Check(ExpressionSite site, ExpressionTemplate template, List<Issue> issues)
    {
        foreach (var expression in template.Expressions)
        {
            if (expression.Parsed.Error is { } error)
            {
                var reason = error.Message + " (position " + (error.Position + 1).ToString(CultureInfo.InvariantCulture) + ")";
                issues.Add(Issue.Create(DiagnosticDescriptors.ExpressionSyntax, site.Path, Quote(expression.Parsed.Text), reason));
            }
        }

        if (template.UnterminatedAt >= 0)
        {
            var rest = site.Text.Substring(template.UnterminatedAt);
            issues.Add(Issue.Create(DiagnosticDescriptors.ExpressionSyntax, site.Path, Quote(rest), "'${{' is never closed with '}}'"));
        }
    }

    /// <summary>Long scripts make long messages: quote the start, which is where the problem is found.</summary>
    private static string Quote(string text)
    {
        var line = text.IndexOf('\n');
        var end = line >= 0 && line < QuoteLimit ? line : QuoteLimit;
        return text.Length <= end ? text : text.Substring(0, end).TrimEnd() + "…";
    }
}
