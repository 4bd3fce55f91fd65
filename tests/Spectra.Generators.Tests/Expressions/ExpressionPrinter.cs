using System.Globalization;
using Spectra.Generators.Workflows.Expressions;

namespace Spectra.Generators.Tests.Expressions;

/// <summary>Prints a tree with every operator parenthesised, so a test shows precedence at a glance: <c>(|| a (&amp;&amp; b c))</c>.</summary>
internal static class ExpressionPrinter
{
    public static string Print(ExpressionNode node) => node switch
    {
        NullLiteral => "null",
        BooleanLiteral boolean => boolean.Value ? "true" : "false",
        NumberLiteral number => number.Value.ToString("R", CultureInfo.InvariantCulture),
        StringLiteral text => "'" + text.Value.Replace("'", "''", StringComparison.Ordinal) + "'",
        ContextAccess context => context.Name,
        PropertyAccess property => Print(property.Target) + "." + property.Name,
        IndexAccess index => Print(index.Target) + "[" + Print(index.Index) + "]",
        FilterAccess filter => Print(filter.Target) + ".*",
        NotOperation not => "(! " + Print(not.Operand) + ")",
        BinaryOperation binary => "(" + Symbol(binary.Operator) + " " + Print(binary.Left) + " " + Print(binary.Right) + ")",
        FunctionCall call => call.Name + "(" + string.Join(", ", call.Arguments.Select(Print)) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "unknown node"),
    };

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "||",
        BinaryOperator.And => "&&",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        _ => ">=",
    };
}
