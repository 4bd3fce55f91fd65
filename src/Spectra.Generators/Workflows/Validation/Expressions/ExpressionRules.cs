using System.Collections.Generic;
using Spectra.Generators.Workflows.Expressions;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation.Expressions;

/// <summary>
/// Every rule about GitHub Actions expressions, run over one walk of the workflow: each string is parsed once, its
/// context reads collected once, and every rule reads the same parse.
/// </summary>
internal static class ExpressionRules
{
    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        var scope = new ExpressionScope(workflow);
        foreach (var site in ExpressionSites.Of(workflow))
        {
            var template = ExpressionTemplate.Parse(site.Text, site.Key.IsCondition);
            SyntaxRules.Check(site, template, issues);
            ConditionRules.Check(site, template, issues);
            foreach (var expression in template.Expressions)
            {
                if (expression.Parsed.Node is null)
                {
                    continue;
                }

                var use = new ExpressionUse(site, expression.Parsed, expression.Parsed.Node, ContextReference.Collect(expression.Parsed.Node));
                FunctionCallRules.Check(use, issues);
                ContextRules.Check(use, issues);
                ComparisonRules.Check(use, scope, issues);
                if (!workflow.Incomplete)
                {
                    // Needs, steps, outputs or matrix keys may be missing only because a value failed to evaluate.
                    NeedsReferenceRules.Check(use, scope, issues);
                    StepReferenceRules.Check(use, issues);
                    MatrixReferenceRules.Check(use, scope, issues);
                }
            }
        }
    }
}

/// <summary>One parsed expression of a site, with the context reads it makes.</summary>
internal readonly record struct ExpressionUse(ExpressionSite Site, ParsedExpression Expression, ExpressionNode Root, IReadOnlyList<ContextReference> References)
{
    /// <summary>The reads of <paramref name="context"/>, when the site may read that context at all (otherwise SPX1023 says so).</summary>
    public IEnumerable<ContextReference> ReadsOf(ExpressionContexts context)
    {
        if (!Site.Key.Allows(context))
        {
            yield break;
        }

        foreach (var reference in References)
        {
            if (reference.Flag == context)
            {
                yield return reference;
            }
        }
    }
}
