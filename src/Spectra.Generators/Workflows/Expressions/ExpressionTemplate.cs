using System;
using System.Collections.Generic;

namespace Spectra.Generators.Workflows.Expressions;

/// <summary>
/// A workflow string split into its <c>${{ ... }}</c> expressions, each parsed once. Like GitHub, an expression
/// ends at the first <c>}}</c> outside a single-quoted string, so <c>${{ format('{{0}}', x) }}</c> is one expression.
/// A condition (<c>if:</c>) without <c>${{</c> is one expression as a whole. Not a pipeline value: rules read it
/// and forget it.
/// </summary>
internal sealed class ExpressionTemplate(IReadOnlyList<TemplateExpression> expressions, bool hasTextOutsideExpressions, int unterminatedAt)
{
    private const string Open = "${{";

    public static readonly ExpressionTemplate None = new([], false, -1);

    public IReadOnlyList<TemplateExpression> Expressions => expressions;

    /// <summary>Text before, between or after the expressions: the string is a template, not one expression.</summary>
    public bool HasTextOutsideExpressions => hasTextOutsideExpressions;

    /// <summary>The offset of a <c>${{</c> that is never closed, or -1.</summary>
    public int UnterminatedAt => unterminatedAt;

    /// <summary>The whole string is exactly one expression, so GitHub evaluates it as a value (not as a string template).</summary>
    public bool IsSingleExpression => expressions.Count == 1 && !hasTextOutsideExpressions && unterminatedAt < 0;

    /// <summary>True when <paramref name="text"/> contains an expression (or is a condition), without allocating.</summary>
    public static bool MayContainExpressions(string text, bool isCondition) =>
        isCondition ? !string.IsNullOrWhiteSpace(text) : text.IndexOf(Open, StringComparison.Ordinal) >= 0;

    public static ExpressionTemplate Parse(string text, bool isCondition)
    {
        var start = text.IndexOf(Open, StringComparison.Ordinal);
        if (start < 0)
        {
            return isCondition && !string.IsNullOrWhiteSpace(text)
                ? new ExpressionTemplate([Segment(text, 0, text.Length)], false, -1)
                : None;
        }

        var expressions = new List<TemplateExpression>();
        var outside = start > 0;
        while (start >= 0)
        {
            var end = FindClose(text, start + Open.Length);
            if (end < 0)
            {
                return new ExpressionTemplate(expressions, true, start);
            }

            expressions.Add(Segment(text, start + Open.Length, end));
            var next = text.IndexOf(Open, end + 2, StringComparison.Ordinal);
            outside |= next > end + 2 || (next < 0 && end + 2 < text.Length);
            start = next;
        }

        return new ExpressionTemplate(expressions, outside, -1);
    }

    /// <summary>The offset of the <c>}}</c> that closes an expression whose body starts at <paramref name="from"/>, or -1.</summary>
    private static int FindClose(string text, int from)
    {
        var inString = false;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                inString = !inString; // '' (an escaped quote) toggles twice, which is right
            }
            else if (!inString && c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                return i;
            }
        }

        return -1;
    }

    private static TemplateExpression Segment(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TemplateExpression(start, ExpressionParser.Parse(text.Substring(start, end - start)));
    }
}

/// <summary>One expression of a template: where its (trimmed) text starts in the string, and its parse.</summary>
internal sealed record TemplateExpression(int Offset, ParsedExpression Parsed);
