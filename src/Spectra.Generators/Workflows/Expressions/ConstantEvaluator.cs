using System;

namespace Spectra.Generators.Workflows.Expressions;

/// <summary>A value known before run time: the result of an expression made of literals and operators only.</summary>
internal readonly record struct ConstantValue(ConstantKind Kind, bool Boolean = false, double Number = 0, string? String = null)
{
    /// <summary>GitHub's truthiness: <c>false</c>, <c>0</c>, <c>-0</c>, <c>NaN</c>, <c>''</c> and <c>null</c> are false.</summary>
    public bool IsTruthy => Kind switch
    {
        ConstantKind.Boolean => Boolean,
        ConstantKind.Number => Number != 0 && !double.IsNaN(Number),
        ConstantKind.String => String!.Length > 0,
        _ => false,
    };

    /// <summary>GitHub's conversion to a number, used whenever two operands differ in type.</summary>
    public double ToNumber() => Kind switch
    {
        ConstantKind.Boolean => Boolean ? 1 : 0,
        ConstantKind.Number => Number,
        ConstantKind.String => StringToNumber(String!),
        _ => 0,
    };

    /// <summary>An empty string is 0; any other string that is not a JSON-style number is NaN.</summary>
    public static double StringToNumber(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? 0 : NumberSyntax.TryParse(trimmed, out var number) ? number : double.NaN;
    }
}

internal enum ConstantKind
{
    Null,
    Boolean,
    Number,
    String,
}

/// <summary>
/// Evaluates expressions that read no context and call no function, with GitHub's semantics: <c>&amp;&amp;</c> and
/// <c>||</c> return an operand; operands of different types compare as numbers; strings compare ignoring case.
/// </summary>
internal static class ConstantEvaluator
{
    public static bool TryEvaluate(ExpressionNode node, out ConstantValue value)
    {
        value = default;
        switch (node)
        {
            case NullLiteral:
                value = new ConstantValue(ConstantKind.Null);
                return true;
            case BooleanLiteral boolean:
                value = new ConstantValue(ConstantKind.Boolean, Boolean: boolean.Value);
                return true;
            case NumberLiteral number:
                value = new ConstantValue(ConstantKind.Number, Number: number.Value);
                return true;
            case StringLiteral text:
                value = new ConstantValue(ConstantKind.String, String: text.Value);
                return true;
            case NotOperation not when TryEvaluate(not.Operand, out var operand):
                value = new ConstantValue(ConstantKind.Boolean, Boolean: !operand.IsTruthy);
                return true;
            case BinaryOperation binary when TryEvaluate(binary.Left, out var left) && TryEvaluate(binary.Right, out var right):
                value = binary.Operator switch
                {
                    BinaryOperator.And => left.IsTruthy ? right : left,
                    BinaryOperator.Or => left.IsTruthy ? left : right,
                    var comparison => new ConstantValue(ConstantKind.Boolean, Boolean: Compare(comparison, left, right)),
                };
                return true;
            default:
                return false;
        }
    }

    private static bool Compare(BinaryOperator comparison, ConstantValue left, ConstantValue right)
    {
        if (left.Kind == right.Kind && left.Kind == ConstantKind.String)
        {
            var order = string.Compare(left.String, right.String, StringComparison.OrdinalIgnoreCase);
            return Holds(comparison, order);
        }

        if (left.Kind == right.Kind && left.Kind == ConstantKind.Null)
        {
            return Holds(comparison, 0);
        }

        var a = left.ToNumber();
        var b = right.ToNumber();
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return comparison == BinaryOperator.NotEqual; // NaN equals nothing and orders with nothing
        }

        return Holds(comparison, a.CompareTo(b));
    }

    private static bool Holds(BinaryOperator comparison, int order) => comparison switch
    {
        BinaryOperator.Equal => order == 0,
        BinaryOperator.NotEqual => order != 0,
        BinaryOperator.Less => order < 0,
        BinaryOperator.LessOrEqual => order <= 0,
        BinaryOperator.Greater => order > 0,
        _ => order >= 0,
    };
}
