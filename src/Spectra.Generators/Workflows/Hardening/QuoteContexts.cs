using System.Collections.Generic;

namespace Spectra.Generators.Workflows.Hardening;

internal enum QuoteContext
{
    None,
    Single,
    Double,

    /// <summary>A JavaScript template literal.</summary>
    Template,
    Comment,
}

/// <summary>
/// Where each expression sits in a script: outside quotes, or inside single or double quotes. A variable must be
/// written differently in each place to mean "this value, as text"; this is a lexer for quotes only, not a parser.
/// </summary>
internal static class QuoteContexts
{
    public static QuoteContext[] At(string script, ScriptLanguage language, IReadOnlyList<ExpressionSpan> spans)
    {
        var contexts = new QuoteContext[spans.Count];
        var state = QuoteContext.None;
        var next = 0;
        var i = 0;
        while (i < script.Length)
        {
            if (next < spans.Count && i >= spans[next].Start)
            {
                // The expression is replaced before the shell sees it: its own quotes don't count. (">=": an escape
                // such as \${{ may have stepped onto its first character.)
                contexts[next] = state;
                i = System.Math.Max(i, spans[next++].End);
                continue;
            }

            i += language switch
            {
                ScriptLanguage.Posix => Posix(script, i, ref state),
                ScriptLanguage.PowerShell => PowerShell(script, i, ref state),
                ScriptLanguage.JavaScript => JavaScript(script, i, ref state),
                _ => 1,
            };
        }

        return contexts;
    }

    private static int Posix(string s, int i, ref QuoteContext state)
    {
        var c = s[i];
        switch (state)
        {
            case QuoteContext.None when c == '\\':
            case QuoteContext.Double when c == '\\':
                return 2;
            case QuoteContext.None when c == '\'':
                state = QuoteContext.Single;
                break;
            case QuoteContext.None when c == '"':
            case QuoteContext.Double when c == '"':
                state = state == QuoteContext.None ? QuoteContext.Double : QuoteContext.None;
                break;
            case QuoteContext.None when c == '#' && (i == 0 || char.IsWhiteSpace(s[i - 1])):
                state = QuoteContext.Comment;
                break;
            case QuoteContext.Single when c == '\'':
            case QuoteContext.Comment when c == '\n':
                state = QuoteContext.None;
                break;
        }

        return 1;
    }

    private static int PowerShell(string s, int i, ref QuoteContext state)
    {
        var c = s[i];
        var doubled = i + 1 < s.Length && s[i + 1] == c;
        switch (state)
        {
            case QuoteContext.None when c == '`':
            case QuoteContext.Double when c == '`':
                return 2;
            case QuoteContext.Single when c == '\'' && doubled:
            case QuoteContext.Double when c == '"' && doubled:
                return 2; // '' and "" are escaped quotes
            case QuoteContext.None when c == '\'':
                state = QuoteContext.Single;
                break;
            case QuoteContext.None when c == '"':
                state = QuoteContext.Double;
                break;
            case QuoteContext.None when c == '#':
                state = QuoteContext.Comment;
                break;
            case QuoteContext.Single when c == '\'':
            case QuoteContext.Double when c == '"':
            case QuoteContext.Comment when c == '\n':
                state = QuoteContext.None;
                break;
        }

        return 1;
    }

    private static int JavaScript(string s, int i, ref QuoteContext state)
    {
        var c = s[i];
        var following = i + 1 < s.Length ? s[i + 1] : '\0';
        switch (state)
        {
            case QuoteContext.Single or QuoteContext.Double or QuoteContext.Template when c == '\\':
                return 2;
            case QuoteContext.None when c == '/' && following == '/':
                state = QuoteContext.Comment;
                return 2;
            case QuoteContext.None when c is '\'' or '"' or '`':
                state = c switch { '\'' => QuoteContext.Single, '"' => QuoteContext.Double, _ => QuoteContext.Template };
                break;
            case QuoteContext.Single when c is '\'' or '\n':
            case QuoteContext.Double when c is '"' or '\n':
            case QuoteContext.Template when c == '`':
            case QuoteContext.Comment when c == '\n':
                state = QuoteContext.None;
                break;
        }

        return 1;
    }
}
