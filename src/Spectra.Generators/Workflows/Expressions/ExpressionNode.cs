using Spectra.Generators.Common;

namespace Spectra.Generators.Workflows.Expressions;

/// <summary>
/// A node of a parsed GitHub Actions expression. <see cref="Start"/> and <see cref="End"/> are offsets into the
/// expression's text, so a rule can quote exactly what the user wrote (<c>needs.build.outputs.digest</c>).
/// Parentheses only shape the tree; they leave no node.
/// </summary>
internal abstract record ExpressionNode(int Start, int End);

internal sealed record NullLiteral(int Start, int End) : ExpressionNode(Start, End);

internal sealed record BooleanLiteral(bool Value, int Start, int End) : ExpressionNode(Start, End);

internal sealed record NumberLiteral(double Value, int Start, int End) : ExpressionNode(Start, End);

/// <summary>A <c>'single-quoted'</c> string, with <c>''</c> already unescaped.</summary>
internal sealed record StringLiteral(string Value, int Start, int End) : ExpressionNode(Start, End);

/// <summary>A bare name that is not called: the root of a context access such as <c>github</c>.</summary>
internal sealed record ContextAccess(string Name, int Start, int End) : ExpressionNode(Start, End);

/// <summary><c>target.name</c>; names may contain <c>-</c> (<c>needs.build-image</c>).</summary>
internal sealed record PropertyAccess(ExpressionNode Target, string Name, int Start, int End) : ExpressionNode(Start, End);

/// <summary><c>target[index]</c>.</summary>
internal sealed record IndexAccess(ExpressionNode Target, ExpressionNode Index, int Start, int End) : ExpressionNode(Start, End);

/// <summary><c>target.*</c> or <c>target[*]</c>: the object filter.</summary>
internal sealed record FilterAccess(ExpressionNode Target, int Start, int End) : ExpressionNode(Start, End);

internal sealed record NotOperation(ExpressionNode Operand, int Start, int End) : ExpressionNode(Start, End);

internal sealed record BinaryOperation(BinaryOperator Operator, ExpressionNode Left, ExpressionNode Right, int Start, int End) : ExpressionNode(Start, End)
{
    public bool IsComparison => Operator is not (BinaryOperator.And or BinaryOperator.Or);
}

/// <summary>A function call; <see cref="Name"/> is as written (GitHub compares function names ignoring case).</summary>
internal sealed record FunctionCall(string Name, EquatableArray<ExpressionNode> Arguments, int Start, int End) : ExpressionNode(Start, End);

internal enum BinaryOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
