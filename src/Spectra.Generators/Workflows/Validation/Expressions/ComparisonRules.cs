using System;
using System.Collections.Generic;
using System.Globalization;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Expressions;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation.Expressions;

/// <summary>
/// SPX1027: a comparison GitHub settles by converting both sides to numbers, where the conversion defeats the
/// intent. Only cases known before run time are flagged: a string compared with a boolean (<c>'true'</c> becomes
/// NaN, so <c>steps.s.outputs.ok == true</c> is always false), and a string literal that is not a number compared
/// with a number or null. A string that reads as a number (<c>github.run_number == '1'</c>) converts fine.
/// </summary>
internal static class ComparisonRules
{
    public static void Check(ExpressionUse use, ExpressionScope scope, List<Issue> issues)
    {
        foreach (var node in ExpressionTree.DescendantsAndSelf(use.Root))
        {
            if (node is BinaryOperation { IsComparison: true } comparison)
            {
                CheckComparison(comparison, use, scope, issues);
            }
        }
    }

    private static void CheckComparison(BinaryOperation comparison, ExpressionUse use, ExpressionScope scope, List<Issue> issues)
    {
        var left = TypeOf(comparison.Left, use, scope);
        var right = TypeOf(comparison.Right, use, scope);
        var (text, other) = left.Type == OperandType.String ? (left, right) : (right, left);
        if (text.Type != OperandType.String)
        {
            return;
        }

        var surprising = other.Type switch
        {
            OperandType.Boolean => true,
            OperandType.Number or OperandType.Null => text.IsLiteral && double.IsNaN(ConstantValue.StringToNumber(text.Literal!)),
            _ => false,
        };
        if (surprising)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.ComparisonTypeMismatch, use.Site.Path, use.Expression.TextOf(comparison), text.Description!, other.Description!));
        }
    }

    private static Operand TypeOf(ExpressionNode node, ExpressionUse use, ExpressionScope scope) => node switch
    {
        StringLiteral literal => new Operand(OperandType.String, $"the string '{literal.Value}'", literal.Value),
        BooleanLiteral boolean => new Operand(OperandType.Boolean, boolean.Value ? "the boolean true" : "the boolean false"),
        NumberLiteral number => new Operand(OperandType.Number, "the number " + use.Expression.TextOf(number)),
        NullLiteral => new Operand(OperandType.Null, "null"),
        ContextAccess or PropertyAccess or IndexAccess => TypeOfRead(node, use, scope),
        _ => default,
    };

    /// <summary>Reads whose type GitHub fixes: outputs, env, vars and secrets are strings; a boolean input is a boolean.</summary>
    private static Operand TypeOfRead(ExpressionNode node, ExpressionUse use, ExpressionScope scope)
    {
        foreach (var reference in use.References)
        {
            if (!ReferenceEquals(reference.Node, node))
            {
                continue;
            }

            var text = use.Expression.TextOf(node);
            var members = reference.Members.Count;
            var isOutput = members >= 3 && string.Equals(reference.Member(1), "outputs", StringComparison.OrdinalIgnoreCase);
            return reference.Flag switch
            {
                ExpressionContexts.Steps or ExpressionContexts.Needs or ExpressionContexts.Jobs when isOutput => new Operand(OperandType.String, text + " (an output, always a string)"),
                ExpressionContexts.Env or ExpressionContexts.Vars or ExpressionContexts.Secrets when members == 1 => new Operand(OperandType.String, text + " (always a string)"),
                ExpressionContexts.Github when members == 3 && IsEventInputs(reference) => new Operand(OperandType.String, text + " (event inputs are always strings)"),
                ExpressionContexts.Inputs when members == 1 && scope.IsBooleanInput(reference.Members[0]) => new Operand(OperandType.Boolean, text + " (a boolean input)"),
                _ => default,
            };
        }

        return default;
    }

    private static bool IsEventInputs(ContextReference reference) =>
        string.Equals(reference.Member(0), "event", StringComparison.OrdinalIgnoreCase) && string.Equals(reference.Member(1), "inputs", StringComparison.OrdinalIgnoreCase);

    private enum OperandType
    {
        Unknown,
        String,
        Boolean,
        Number,
        Null,
    }

    private readonly record struct Operand(OperandType Type, string? Description = null, string? Literal = null)
    {
        public bool IsLiteral => Literal is not null;
    }
}
