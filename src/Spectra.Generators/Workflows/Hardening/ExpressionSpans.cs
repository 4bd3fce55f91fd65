using System;
using System.Collections.Generic;

namespace Spectra.Generators.Workflows.Hardening;

/// <summary>One <c>${{ … }}</c> in a string: where it starts and ends, and the expression between the braces.</summary>
internal readonly record struct ExpressionSpan(int Start, int End, string Body)
{
    /// <summary>
    /// Every <c>${{ … }}</c> in <paramref name="text"/>. A <c>}}</c> inside a quoted literal (<c>'}}'</c>) does not end
    /// the expression, as in GitHub's own parser; an unterminated expression ends the search.
    /// </summary>
    public static List<ExpressionSpan> FindAll(string text)
    {
        var spans = new List<ExpressionSpan>();
        var start = text.IndexOf("${{", StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = FindEnd(text, start + 3);
            if (end < 0)
            {
                break;
            }

            spans.Add(new ExpressionSpan(start, end, text.Substring(start + 3, end - start - 5)));
            start = text.IndexOf("${{", end, StringComparison.Ordinal);
        }

        return spans;
    }

    private static int FindEnd(string text, int from)
    {
        var inLiteral = false;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (inLiteral)
            {
                if (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    i++; // '' is an escaped quote inside a literal
                }
                else if (c == '\'')
                {
                    inLiteral = false;
                }
            }
            else if (c == '\'')
            {
                inLiteral = true;
            }
            else if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                return i + 2;
            }
        }

        return -1;
    }
}
