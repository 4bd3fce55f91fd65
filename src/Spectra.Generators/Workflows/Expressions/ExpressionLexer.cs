using System.Collections.Generic;
using System.Text;

namespace Spectra.Generators.Workflows.Expressions;

/// <summary>
/// Splits an expression into tokens the way GitHub does: a word runs until a boundary character, so names may
/// contain <c>-</c> (<c>build-image</c>) and <c>a-b</c> is one name; <c>-</c> and <c>+</c> always start a number;
/// <c>true</c>, <c>false</c>, <c>null</c>, <c>NaN</c> and <c>Infinity</c> are keywords except right after a dot.
/// </summary>
internal sealed class ExpressionLexer(string text)
{
    private readonly List<ExpressionToken> _tokens = [];
    private int _offset;

    /// <summary>The tokens, ending with <see cref="TokenKind.End"/>; or the first error.</summary>
    public (List<ExpressionToken> Tokens, ExpressionError? Error) Lex()
    {
        while (_offset < text.Length)
        {
            var start = _offset;
            var c = text[_offset++];
            var error = c switch
            {
                ' ' or '\t' or '\r' or '\n' => null,
                '(' => Add(TokenKind.LeftParen, start),
                ')' => Add(TokenKind.RightParen, start),
                '[' => Add(TokenKind.LeftBracket, start),
                ']' => Add(TokenKind.RightBracket, start),
                ',' => Add(TokenKind.Comma, start),
                '*' => Add(TokenKind.Star, start),
                '.' when Previous is TokenKind.Identifier or TokenKind.RightBracket or TokenKind.RightParen or TokenKind.Star => Add(TokenKind.Dot, start),
                '.' or '-' or '+' => Number(start),
                '!' => Add(Match('=') ? TokenKind.BangEqual : TokenKind.Bang, start),
                '<' => Add(Match('=') ? TokenKind.LessEqual : TokenKind.Less, start),
                '>' => Add(Match('=') ? TokenKind.GreaterEqual : TokenKind.Greater, start),
                '=' => Match('=') ? Add(TokenKind.EqualEqual, start) : new ExpressionError("'=' is not an operator; compare with '=='", start),
                '&' => Match('&') ? Add(TokenKind.And, start) : new ExpressionError("'&' is not an operator; use '&&'", start),
                '|' => Match('|') ? Add(TokenKind.Or, start) : new ExpressionError("'|' is not an operator; use '||'", start),
                '\'' => String(start),
                '"' => new ExpressionError("strings are written in single quotes ('text'), not double quotes", start),
                >= '0' and <= '9' => Number(start),
                _ => Word(start),
            };
            if (error is not null)
            {
                return (_tokens, error);
            }
        }

        _tokens.Add(new ExpressionToken(TokenKind.End, text.Length, text.Length));
        return (_tokens, null);
    }

    private TokenKind Previous => _tokens.Count == 0 ? TokenKind.End : _tokens[_tokens.Count - 1].Kind;

    private bool Match(char expected)
    {
        if (_offset < text.Length && text[_offset] == expected)
        {
            _offset++;
            return true;
        }

        return false;
    }

    private ExpressionError? Add(TokenKind kind, int start)
    {
        _tokens.Add(new ExpressionToken(kind, start, _offset));
        return null;
    }

    private ExpressionError? Number(int start)
    {
        while (_offset < text.Length && (!IsBoundary(text[_offset]) || text[_offset] == '.'))
        {
            _offset++;
        }

        var lexeme = text.Substring(start, _offset - start);
        if (NumberSyntax.TryParse(lexeme, out var value))
        {
            _tokens.Add(new ExpressionToken(TokenKind.Number, start, _offset, value));
            return null;
        }

        return new ExpressionError($"'{lexeme}' is not a number", start);
    }

    private ExpressionError? String(int start)
    {
        StringBuilder? escaped = null;
        var segmentStart = _offset;
        while (_offset < text.Length)
        {
            if (text[_offset] != '\'')
            {
                _offset++;
                continue;
            }

            if (_offset + 1 < text.Length && text[_offset + 1] == '\'')
            {
                // '' is an escaped quote: keep one.
                escaped ??= new StringBuilder();
                escaped.Append(text, segmentStart, _offset + 1 - segmentStart);
                _offset += 2;
                segmentStart = _offset;
                continue;
            }

            var value = escaped is null
                ? text.Substring(segmentStart, _offset - segmentStart)
                : escaped.Append(text, segmentStart, _offset - segmentStart).ToString();
            _offset++;
            _tokens.Add(new ExpressionToken(TokenKind.String, start, _offset, Text: value));
            return null;
        }

        return new ExpressionError("the string is never closed with '", start);
    }

    private ExpressionError? Word(int start)
    {
        while (_offset < text.Length && !IsBoundary(text[_offset]))
        {
            _offset++;
        }

        var word = text.Substring(start, _offset - start);
        if (!IsName(word))
        {
            return new ExpressionError($"'{word}' is not a name, a number or an operator", start);
        }

        var kind = TokenKind.Identifier;
        var number = 0.0;
        if (Previous != TokenKind.Dot)
        {
            switch (word)
            {
                case "true":
                    kind = TokenKind.True;
                    break;
                case "false":
                    kind = TokenKind.False;
                    break;
                case "null":
                    kind = TokenKind.Null;
                    break;
                case "NaN":
                    (kind, number) = (TokenKind.Number, double.NaN);
                    break;
                case "Infinity":
                    (kind, number) = (TokenKind.Number, double.PositiveInfinity);
                    break;
            }
        }

        _tokens.Add(new ExpressionToken(kind, start, _offset, number, word));
        return null;
    }

    private static bool IsBoundary(char c) => c is '(' or '[' or ')' or ']' or ',' or '.' or '!' or '>' or '<' or '=' or '&' or '|' || char.IsWhiteSpace(c);

    /// <summary>GitHub's rule for names: a letter or <c>_</c>, then letters, digits, <c>_</c> or <c>-</c>.</summary>
    public static bool IsName(string word)
    {
        if (word.Length == 0 || !(IsAsciiLetter(word[0]) || word[0] == '_'))
        {
            return false;
        }

        for (var i = 1; i < word.Length; i++)
        {
            var c = word[i];
            if (!(IsAsciiLetter(c) || c is (>= '0' and <= '9') or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}
