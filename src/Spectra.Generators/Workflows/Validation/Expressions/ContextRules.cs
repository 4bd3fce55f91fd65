using System.Collections.Generic;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Expressions;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation.Expressions;

/// <summary>
/// SPX1022: a name that is not a context (<c>githb.sha</c>); SPX1023: a context the key does not provide, such as
/// <c>secrets</c> in a job's <c>if</c> or <c>matrix</c> at workflow level. Each context is reported once per expression.
/// </summary>
internal static class ContextRules
{
    public static void Check(ExpressionUse use, List<Issue> issues)
    {
        var reported = ExpressionContexts.None;
        foreach (var reference in use.References)
        {
            if (reference.Flag == ExpressionContexts.None)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.UnknownContext, use.Site.Path, reference.Context, ContextNames.All));
            }
            else if (!use.Site.Key.Allows(reference.Flag) && (reported & reference.Flag) == 0)
            {
                reported |= reference.Flag;
                issues.Add(Issue.Create(DiagnosticDescriptors.ContextNotAvailable, use.Site.Path, reference.Context, use.Site.Where, ContextNames.Describe(use.Site.Key.Contexts)));
            }
        }
    }
}
