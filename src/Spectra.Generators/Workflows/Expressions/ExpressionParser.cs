using System.Collections.Generic;
using Spectra.Generators.Common;

namespace Spectra.Generators.Workflows.Expressions;

/// <summary>
/// Recursive descent over GitHub's expression grammar, loosest binding first: <c>||</c>, <c>&amp;&amp;</c>,
/// <c>== !=</c>, <c>&lt; &lt;= &gt; &gt;=</c>, <c>!</c>, then property and index access (<c>a.b</c>, <c>a['b']</c>,
/// <c>a.*</c>), which may follow only a name, a call or parentheses. Operators of equal precedence group left.
/// Function names and arities are checked by a validation rule, not here, so every call parses.
/// </summary>
internal sealed class ExpressionParser
{
    /// <summary>GitHub's own limits: deeper or longer expressions are rejected when the workflow loads.</summary>
    public const int MaxDepth = 50;
    public const int MaxLength = 21000;

    private readonly string _text;
    private readonly List<ExpressionToken> _tokens;
    private int _position;
    private int _depth;

    private ExpressionParser(string text, List<ExpressionToken> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    /// <summary>The tree of <paramref name="text"/>, or why it is not an expression.</summary>
    public static ParsedExpression Parse(string text)
    {
        if (text.Length > MaxLength)
        {
            return new ParsedExpression(text, null, new ExpressionError($"it is longer than GitHub's limit of {MaxLength} characters", 0));
        }

        var (tokens, lexError) = new ExpressionLexer(text).Lex();
        if (lexError is not null)
        {
            return new ParsedExpression(text, null, lexError);
        }

        if (tokens[0].Kind == TokenKind.End)
        {
            return new ParsedExpression(text, null, new ExpressionError("there is no expression between '${{' and '}}'", 0));
        }

        var parser = new ExpressionParser(text, tokens);
        try
        {
            var node = parser.Expression();
            return parser.Current.Kind == TokenKind.End
                ? new ParsedExpression(text, node, null)
                : new ParsedExpression(text, null, parser.Unexpected());
        }
        catch (SyntaxException exception)
        {
            return new ParsedExpression(text, null, exception.Error);
        }
    }

    private ExpressionToken Current => _tokens[_position];

    private ExpressionNode Expression()
    {
        if (++_depth > MaxDepth)
        {
            throw new SyntaxException(new ExpressionError($"it is nested more than {MaxDepth} levels deep", Current.Start));
        }

        var node = Or();
        _depth--;
        return node;
    }

    private ExpressionNode Or() => LeftAssociative(And, static kind => kind == TokenKind.Or ? BinaryOperator.Or : null);

    private ExpressionNode And() => LeftAssociative(Equality, static kind => kind == TokenKind.And ? BinaryOperator.And : null);

    private ExpressionNode Equality() => LeftAssociative(Comparison, static kind => kind switch
    {
        TokenKind.EqualEqual => BinaryOperator.Equal,
        TokenKind.BangEqual => BinaryOperator.NotEqual,
        _ => null,
    });

    private ExpressionNode Comparison() => LeftAssociative(Unary, static kind => kind switch
    {
        TokenKind.Less => BinaryOperator.Less,
        TokenKind.LessEqual => BinaryOperator.LessOrEqual,
        TokenKind.Greater => BinaryOperator.Greater,
        TokenKind.GreaterEqual => BinaryOperator.GreaterOrEqual,
        _ => null,
    });

    private ExpressionNode LeftAssociative(System.Func<ExpressionNode> operand, System.Func<TokenKind, BinaryOperator?> operatorOf)
    {
        var left = operand();
        while (operatorOf(Current.Kind) is { } op)
        {
            _position++;
            var right = operand();
            left = new BinaryOperation(op, left, right, left.Start, right.End);
        }

        return left;
    }

    private ExpressionNode Unary()
    {
        if (Current.Kind != TokenKind.Bang)
        {
            return Postfix();
        }

        var bang = Take();
        if (++_depth > MaxDepth)
        {
            throw new SyntaxException(new ExpressionError($"it is nested more than {MaxDepth} levels deep", bang.Start));
        }

        var operand = Unary();
        _depth--;
        return new NotOperation(operand, bang.Start, operand.End);
    }

    private ExpressionNode Postfix()
    {
        var (node, accessible) = Primary();
        while (accessible)
        {
            if (Current.Kind == TokenKind.LeftBracket)
            {
                _position++;
                if (Current.Kind == TokenKind.Star)
                {
                    _position++;
                    node = new FilterAccess(node, node.Start, Expect(TokenKind.RightBracket, "']'").End);
                }
                else
                {
                    var index = Expression();
                    node = new IndexAccess(node, index, node.Start, Expect(TokenKind.RightBracket, "']'").End);
                }
            }
            else if (Current.Kind == TokenKind.Dot)
            {
                _position++;
                var member = Take();
                node = member.Kind switch
                {
                    TokenKind.Identifier => new PropertyAccess(node, member.Text!, node.Start, member.End),
                    TokenKind.Star => new FilterAccess(node, node.Start, member.End),
                    _ => throw new SyntaxException(new ExpressionError($"a name or '*' must follow '.', not {Describe(member)}", member.Start)),
                };
            }
            else
            {
                break;
            }
        }

        return node;
    }

    /// <summary>A literal, a name, a call or a parenthesised expression; only the last three may be followed by <c>.x</c> or <c>[x]</c>.</summary>
    private (ExpressionNode Node, bool Accessible) Primary()
    {
        var token = Take();
        switch (token.Kind)
        {
            case TokenKind.Null:
                return (new NullLiteral(token.Start, token.End), false);
            case TokenKind.True or TokenKind.False:
                return (new BooleanLiteral(token.Kind == TokenKind.True, token.Start, token.End), false);
            case TokenKind.Number:
                return (new NumberLiteral(token.Number, token.Start, token.End), false);
            case TokenKind.String:
                return (new StringLiteral(token.Text!, token.Start, token.End), false);
            case TokenKind.Identifier when Current.Kind == TokenKind.LeftParen:
                return (Call(token), true);
            case TokenKind.Identifier:
                return (new ContextAccess(token.Text!, token.Start, token.End), true);
            case TokenKind.LeftParen:
                var inner = Expression();
                if (Current.Kind != TokenKind.RightParen)
                {
                    throw new SyntaxException(Current.Kind == TokenKind.End
                        ? new ExpressionError("'(' is never closed with ')'", token.Start)
                        : new ExpressionError($"expected ')' but found {Describe(Current)}", Current.Start));
                }

                _position++;
                return (inner, true);
            default:
                if (token.Kind != TokenKind.End)
                {
                    _position--; // report the token itself, not the one after it
                }

                throw new SyntaxException(Unexpected());
        }
    }

    private FunctionCall Call(ExpressionToken name)
    {
        var open = Take();
        var arguments = new List<ExpressionNode>();
        while (Current.Kind != TokenKind.RightParen)
        {
            if (Current.Kind == TokenKind.End)
            {
                throw new SyntaxException(new ExpressionError($"the arguments of '{name.Text}' are never closed with ')'", open.Start));
            }

            arguments.Add(Expression());
            if (Current.Kind == TokenKind.Comma)
            {
                _position++;
            }
            else if (Current.Kind != TokenKind.RightParen)
            {
                throw new SyntaxException(new ExpressionError($"expected ',' or ')' in the arguments of '{name.Text}' but found {Describe(Current)}", Current.Start));
            }
        }

        var close = Take();
        return new FunctionCall(name.Text!, arguments.ToEquatableArray(), name.Start, close.End);
    }

    private ExpressionToken Take() => _tokens[_position].Kind == TokenKind.End ? _tokens[_position] : _tokens[_position++];

    private ExpressionToken Expect(TokenKind kind, string what)
    {
        if (Current.Kind != kind)
        {
            throw new SyntaxException(new ExpressionError($"expected {what} but found {Describe(Current)}", Current.Start));
        }

        return Take();
    }

    private ExpressionError Unexpected() => Current.Kind == TokenKind.End
        ? new ExpressionError(_position == 0 ? "there is no expression" : $"it ends too early, after {Describe(_tokens[_position - 1])}", Current.Start)
        : new ExpressionError($"unexpected {Describe(Current)}", Current.Start);

    private string Describe(ExpressionToken token) => token.Kind == TokenKind.End ? "the end of the expression" : "'" + _text.Substring(token.Start, token.End - token.Start) + "'";

    /// <summary>Unwinds the descent at the first error; parse errors are rare, so an exception keeps every rule method simple.</summary>
    private sealed class SyntaxException(ExpressionError error) : System.Exception(error.Message)
    {
        public ExpressionError Error { get; } = error;
    }
}

/// <summary>An expression's text and either its tree or why it does not parse.</summary>
internal sealed record ParsedExpression(string Text, ExpressionNode? Node, ExpressionError? Error)
{
    /// <summary>The text of a node, as the user wrote it.</summary>
    public string TextOf(ExpressionNode node) => Text.Substring(node.Start, node.End - node.Start);
}
