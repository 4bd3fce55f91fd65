using System.Collections.Generic;
using System.Globalization;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>Inputs of <c>workflow_dispatch</c> and <c>workflow_call</c>: types, options, defaults, and how many.</summary>
internal static class InputRules
{
    /// <summary>GitHub raised the limit from 10 to 25 in late 2025; it documents no limit for workflow_call.</summary>
    public const int MaxDispatchInputs = 25;

    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        if (workflow.On?.DispatchInputs is { } dispatchInputs)
        {
            foreach (var input in dispatchInputs)
            {
                CheckInput(input, issues);
            }

            if (dispatchInputs.Count > MaxDispatchInputs)
            {
                var firstTooMany = dispatchInputs[MaxDispatchInputs].Path;
                issues.Add(Issue.Create(
                    DiagnosticDescriptors.TooManyInputs, ValuePath.KeyName(firstTooMany), $"The WorkflowDispatch trigger of workflow '{workflow.Id}'",
                    dispatchInputs.Count.ToString(CultureInfo.InvariantCulture), MaxDispatchInputs.ToString(CultureInfo.InvariantCulture)));
            }
        }

        foreach (var input in workflow.On?.WorkflowCall?.Inputs ?? EquatableArray<InputModel>.Empty)
        {
            if (input.Type is "choice" or "environment")
            {
                issues.Add(Issue.Create(
                    DiagnosticDescriptors.InvalidInputDefault, ValuePath.Field(input.Path, "Type"), input.Name,
                    $"is of type {Capitalized(input.Type)}, which only WorkflowDispatch inputs support; WorkflowCall inputs are String, Number or Boolean"));
                continue;
            }

            CheckInput(input, issues);
        }
    }

    private static void CheckInput(InputModel input, List<Issue> issues)
    {
        if (input.Type == "choice" && input.Options.IsEmpty)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.ChoiceWithoutOptions, ValuePath.Field(input.Path, "Type"), input.Name));
        }

        if (input.Default is { } value && DefaultProblem(input, value) is { } problem)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.InvalidInputDefault, ValuePath.Field(input.Path, "Default"), input.Name, problem));
        }
    }

    private static string? DefaultProblem(InputModel input, Value value)
    {
        if (value is ListValue or MapValue)
        {
            return $"has a default that is {value.Describe()}; a default is a string, number or bool";
        }

        if (value is StringValue { Text: var text } && text.Contains("${{"))
        {
            return null; // its type is only known when the run starts
        }

        return (input.Type ?? "string", value) switch
        {
            ("boolean", not BoolValue) => $"is a Boolean, but its default is {Describe(value)}; use true or false",
            ("number", not NumberValue) => $"is a Number, but its default is {Describe(value)}",
            ("choice" or "environment", not StringValue) => $"is a {Capitalized(input.Type!)}, but its default is {Describe(value)}; use a string",
            ("choice", StringValue choice) when !input.Options.IsEmpty && !Contains(input.Options, choice.Text) =>
                $"has the default '{choice.Text}', which is not one of its Options ({string.Join(", ", input.Options)})",
            _ => null,
        };
    }

    private static bool Contains(EquatableArray<string> options, string value)
    {
        foreach (var option in options)
        {
            if (option == value)
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(Value value) => value switch
    {
        StringValue s => $"the string '{s.Text}'",
        NumberValue n => $"the number {n.Text}",
        BoolValue b => b.Flag ? "true" : "false",
        _ => value.Describe(),
    };

    private static string Capitalized(string type) => char.ToUpperInvariant(type[0]) + type.Substring(1);
}
