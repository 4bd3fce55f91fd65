using System;
using System.Collections.Generic;

namespace Spectra.Generators.Workflows.Hardening;

/// <summary>A property chain inside an expression: its text as written and its segments (<c>[0]</c> and <c>.*</c> as <c>*</c>).</summary>
internal sealed record PropertyPath(string Text, IReadOnlyList<string> Segments);

/// <summary>
/// Finds the property chains of an expression (<c>github.event.issue.title</c>, <c>github['head_ref']</c>,
/// <c>github.event.commits[0].message</c>), skipping string literals, and leaving out chains that only feed
/// <c>contains</c>, <c>startsWith</c> or <c>endsWith</c>, whose true/false result cannot carry text into a script.
/// </summary>
internal static class PropertyPaths
{
    private static readonly HashSet<string> SafeFunctions = new(StringComparer.OrdinalIgnoreCase) { "contains", "startsWith", "endsWith" };

    public static List<PropertyPath> Find(string expression)
    {
        var paths = new List<PropertyPath>();
        var calls = new Stack<bool>(); // per open parenthesis: is it the argument list of a safe function?
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (c == '\'')
            {
                i = SkipLiteral(expression, i);
            }
            else if (IsIdentifierStart(c))
            {
                var start = i;
                var segments = new List<string> { ReadIdentifier(expression, ref i) };
                var afterName = SkipSpaces(expression, i);
                if (afterName < expression.Length && expression[afterName] == '(')
                {
                    calls.Push(SafeFunctions.Contains(segments[0]));
                    i = afterName + 1;
                    continue;
                }

                var end = ReadChain(expression, i, segments);
                if (!calls.Contains(true))
                {
                    paths.Add(new PropertyPath(expression.Substring(start, end - start), segments));
                }

                i = end;
            }
            else
            {
                if (c == '(')
                {
                    calls.Push(false);
                }
                else if (c == ')' && calls.Count > 0)
                {
                    calls.Pop();
                }

                i++;
            }
        }

        return paths;
    }

    /// <summary>Reads <c>.name</c>, <c>.*</c>, <c>['name']</c>, <c>[0]</c> and <c>[*]</c> segments; returns where the chain ends.</summary>
    private static int ReadChain(string expression, int i, List<string> segments)
    {
        while (true)
        {
            var next = SkipSpaces(expression, i);
            if (next < expression.Length && expression[next] == '.')
            {
                var name = SkipSpaces(expression, next + 1);
                if (name < expression.Length && expression[name] == '*')
                {
                    segments.Add("*");
                    i = name + 1;
                }
                else if (name < expression.Length && IsIdentifierStart(expression[name]))
                {
                    segments.Add(ReadIdentifier(expression, ref name));
                    i = name;
                }
                else
                {
                    return i;
                }
            }
            else if (next < expression.Length && expression[next] == '[')
            {
                var close = expression.IndexOf(']', next);
                if (close < 0)
                {
                    return i;
                }

                var index = expression.Substring(next + 1, close - next - 1).Trim();
                segments.Add(index.Length >= 2 && index[0] == '\'' && index[index.Length - 1] == '\'' ? index.Substring(1, index.Length - 2) : "*");
                i = close + 1;
            }
            else
            {
                return i;
            }
        }
    }

    private static string ReadIdentifier(string expression, ref int i)
    {
        var start = i;
        while (i < expression.Length && (char.IsLetterOrDigit(expression[i]) || expression[i] is '_' or '-'))
        {
            i++;
        }

        return expression.Substring(start, i - start);
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static int SkipSpaces(string expression, int i)
    {
        while (i < expression.Length && char.IsWhiteSpace(expression[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipLiteral(string expression, int i)
    {
        for (i++; i < expression.Length; i++)
        {
            if (expression[i] == '\'')
            {
                if (i + 1 < expression.Length && expression[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i + 1;
            }
        }

        return i;
    }
}
