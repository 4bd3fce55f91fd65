using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// A call of a workflow declared in this project (typed, or <c>./.github/workflows/{id}.yml</c>) must match the
/// callee's <c>workflow_call</c> contract: the inputs and secrets it declares, and the input types.
/// Values written as <c>${{ }}</c> expressions are left to GitHub: their type is only known when the run starts.
/// Caller and callee may be different workflows, so this runs over the set's <see cref="WorkflowSummary"/> values.
/// </summary>
internal static class ReusableCallRules
{
    public static void Check(IReadOnlyList<WorkflowSummary> workflows, List<Issue> issues)
    {
        var byUses = new Dictionary<string, WorkflowSummary>(StringComparer.Ordinal);
        foreach (var workflow in workflows)
        {
            byUses[ReusableCallResolver.LocalUses(workflow.Id)] = workflow;
        }

        foreach (var workflow in workflows)
        {
            foreach (var site in workflow.Calls)
            {
                if (byUses.TryGetValue(site.Call.Uses, out var callee))
                {
                    CheckCall(site, callee, issues);
                }
            }
        }
    }

    private static void CheckCall(ReusableCallSite site, WorkflowSummary callee, List<Issue> issues)
    {
        var call = site.Call;
        void Report(string path, string problem) =>
            issues.Add(Issue.Create(DiagnosticDescriptors.ReusableWorkflowContract, path, site.JobId, callee.Id, problem));

        if (callee.Contract is not { } contract)
        {
            if (!callee.Incomplete)
            {
                Report(ValuePath.Field(site.JobPath, call.Workflow is null ? "Uses" : "Workflow"), "it declares no WorkflowCall trigger, so GitHub refuses to call it; add Triggers.WorkflowCall to it");
            }

            return;
        }

        var withPath = ValuePath.Field(site.JobPath, "With");
        var inputs = contract.Inputs.ToDictionary(i => i.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var entry in call.With)
        {
            var entryPath = ValuePath.Key(withPath, entry.Key);
            if (!inputs.TryGetValue(entry.Key, out var input))
            {
                Report(ValuePath.KeyName(entryPath), $"it declares no input '{entry.Key}' (inputs: {List(contract.Inputs.Select(i => i.Name))})");
            }
            else if (TypeMismatch(entry.Value, input) is { } mismatch)
            {
                Report(entryPath, $"input '{input.Name}' {mismatch}");
            }
        }

        var given = new HashSet<string>(call.With.Select(e => e.Key), StringComparer.OrdinalIgnoreCase);
        foreach (var input in contract.Inputs.Where(i => i.Required == true && i.Default is null && !given.Contains(i.Name)))
        {
            Report(withPath, $"required input '{input.Name}' is not passed in With");
        }

        if (call.InheritSecrets)
        {
            return; // every secret of the caller is passed on, declared or not
        }

        var secretsPath = ValuePath.Field(site.JobPath, "Secrets");
        var secrets = new HashSet<string>(contract.Secrets.Select(s => s.Name), StringComparer.OrdinalIgnoreCase);
        foreach (var secret in call.Secrets.Where(s => !secrets.Contains(s.Key)))
        {
            Report(ValuePath.KeyName(ValuePath.Key(secretsPath, secret.Key)), $"it declares no secret '{secret.Key}' (secrets: {List(contract.Secrets.Select(s => s.Name))})");
        }

        var passed = new HashSet<string>(call.Secrets.Select(s => s.Key), StringComparer.OrdinalIgnoreCase);
        foreach (var secret in contract.Secrets.Where(s => s.Required == true && !passed.Contains(s.Name)))
        {
            Report(secretsPath, $"required secret '{secret.Name}' is not passed in Secrets (or set InheritSecrets)");
        }
    }

    /// <summary>
    /// GitHub converts a bool or number passed to a string input to text, but rejects text for a boolean or number
    /// input when the run starts ("Unexpected value"). A number for a string input is flagged only when GitHub's
    /// conversion would change it (<c>8.0</c> arrives as <c>8</c>).
    /// </summary>
    private static string? TypeMismatch(Value value, InputModel input)
    {
        if (value is StringValue { Text: var text } && text.Contains("${{"))
        {
            return null;
        }

        return (input.Type ?? "string", value) switch
        {
            ("string", StringValue or BoolValue) => null,
            ("string", NumberValue number) when Canonical(number.Text) is var canonical && canonical != number.Text =>
                $"is a string, but {number.Text} is a number, which GitHub passes as '{canonical}'; write it as a string",
            ("string", NumberValue) => null,
            ("boolean", BoolValue) or ("number", NumberValue) => null,
            ("boolean" or "number", _) => $"is a {input.Type}, but the value is {Describe(value)}",
            ("string", _) => $"is a string, but the value is {Describe(value)}",
            _ => null, // choice/environment inputs are not valid on workflow_call; InputRules reports the declaration
        };
    }

    private static string Canonical(string number) =>
        double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? parsed.ToString("R", CultureInfo.InvariantCulture)
            : number;

    private static string Describe(Value value) => value switch
    {
        StringValue s => $"the string '{s.Text}'",
        NumberValue n => $"the number {n.Text}",
        BoolValue b => b.Flag ? "the bool true" : "the bool false",
        _ => value.Describe(),
    };

    private static string List(IEnumerable<string> names)
    {
        var list = string.Join(", ", names);
        return list.Length == 0 ? "none" : list;
    }
}
