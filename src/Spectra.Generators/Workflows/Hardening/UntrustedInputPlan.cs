using System;
using System.Collections.Generic;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Hardening;

/// <summary>An untrusted expression of a script and the environment variable that carries it instead.</summary>
internal sealed record UntrustedInput(ExpressionSpan Span, string Text, string ContextPath, string EnvName, QuoteContext Quote);

/// <summary>
/// What hardening will do with one script: which expressions move into which environment variables, or why they
/// cannot move. Validation reports from the same plan that hardening applies, so the warning names the variable
/// the YAML really uses.
/// </summary>
internal sealed record UntrustedInputPlan(string ScriptPath, string Script, ScriptLanguage Language, string? Shell, List<UntrustedInput> Inputs, string? CannotMove)
{
    public const string GitHubScript = "actions/github-script";

    /// <summary>The plan for a run script, or for the <c>script</c> input of actions/github-script; null when there is nothing to move.</summary>
    public static UntrustedInputPlan? For(StepModel step, JobModel job, WorkflowModel workflow)
    {
        if (step.Run is { } run)
        {
            var (language, shell) = ScriptLanguages.ForRunStep(step, job, workflow);
            return Create(ValuePath.Field(step.Path, "Script"), run, language, shell, step, job, workflow);
        }

        if (step.Uses is { } uses && uses.StartsWith(GitHubScript + "@", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var entry in step.With)
            {
                if (entry.Key == "script" && entry.Value is StringValue script)
                {
                    return Create(ValuePath.Key(ValuePath.Field(step.Path, "With"), "script"), script.Text, ScriptLanguage.JavaScript, null, step, job, workflow);
                }
            }
        }

        return null;
    }

    private static UntrustedInputPlan? Create(string path, string script, ScriptLanguage language, string? shell, StepModel step, JobModel job, WorkflowModel workflow)
    {
        var spans = ExpressionSpan.FindAll(script);
        var quotes = QuoteContexts.At(script, language, spans);
        var names = new EnvNames(workflow.Env, job.Env, step.Env);
        var inputs = new List<UntrustedInput>();
        for (var i = 0; i < spans.Count; i++)
        {
            var untrusted = FirstUntrustedPath(spans[i].Body);
            if (untrusted is not null)
            {
                var text = script.Substring(spans[i].Start, spans[i].End - spans[i].Start);
                inputs.Add(new UntrustedInput(spans[i], text, untrusted.Text, names.For(text, untrusted), quotes[i]));
            }
        }

        return inputs.Count == 0 ? null : new UntrustedInputPlan(path, script, language, shell, inputs, WhyNotMovable(language, shell, inputs));
    }

    private static PropertyPath? FirstUntrustedPath(string expression)
    {
        foreach (var path in PropertyPaths.Find(expression))
        {
            if (UntrustedContexts.IsUntrusted(path.Segments))
            {
                return path;
            }
        }

        return null;
    }

    private static string? WhyNotMovable(ScriptLanguage language, string? shell, List<UntrustedInput> inputs) => language switch
    {
        ScriptLanguage.Unknown =>
            "Spectra cannot tell which shell runs this script (the runner comes from an expression): set Shell to \"bash\" or \"pwsh\" so Spectra can move it into an environment variable, or pass it through Env yourself",
        ScriptLanguage.Other =>
            $"Spectra does not know how a '{shell}' script reads a variable: pass it through the step's Env and read the environment variable in the script",
        ScriptLanguage.PowerShell when inputs.Exists(input => input.Quote == QuoteContext.Single) =>
            "it is inside a single-quoted PowerShell string, where no variable can be substituted: use a double-quoted string, or pass it through Env and use $env:NAME",
        _ => null,
    };
}
