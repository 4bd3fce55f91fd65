namespace Spectra.Generators.Workflows.Expressions;

internal enum TokenKind
{
    End,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    Comma,
    Dot,
    Star,
    Bang,
    BangEqual,
    EqualEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    And,
    Or,
    Number,
    String,
    Identifier,
    True,
    False,
    Null,
}

/// <summary>One token: its kind, its span in the expression text, and the value of a number or string.</summary>
internal readonly record struct ExpressionToken(TokenKind Kind, int Start, int End, double Number = 0, string? Text = null);

/// <summary>Why an expression does not parse, and where (an offset into the expression text).</summary>
internal sealed record ExpressionError(string Message, int Position);
