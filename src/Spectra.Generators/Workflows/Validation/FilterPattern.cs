namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// GitHub's filter patterns (the "filter pattern cheat sheet"): <c>*</c>, <c>**</c>, <c>?</c> and <c>+</c> (zero or
/// one / one or more of the preceding character), <c>[]</c> classes with ranges, a leading <c>!</c> to exclude, and
/// <c>\</c> to escape a special character. Only what GitHub rejects, or what can never match, is a problem: broken
/// syntax, and for branch and tag filters characters that Git forbids in ref names.
/// </summary>
internal static class FilterPattern
{
    private const string Escapable = "[?*+\\!";

    /// <summary>Null when valid; otherwise what is wrong, in words.</summary>
    public static string? Validate(string pattern, bool isRef)
    {
        if (pattern.Length == 0)
        {
            return "a pattern must not be empty";
        }

        var start = pattern[0] == '!' ? 1 : 0;
        if (start == pattern.Length)
        {
            return "'!' excludes what follows it, and nothing follows it";
        }

        if (isRef && pattern[start] == '/')
        {
            return "Git ref names never start with '/', so it matches nothing";
        }

        var afterLiteral = false; // '?' and '+' repeat the preceding character, which must be an ordinary one
        for (var i = start; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\' when i + 1 < pattern.Length && Escapable.IndexOf(pattern[i + 1]) >= 0:
                    i++;
                    afterLiteral = true;
                    break;
                case '\\' when isRef:
                    return "'\\' escapes only [, ?, *, +, \\ and !, and Git ref names cannot contain '\\'";
                case '?' or '+' when !afterLiteral:
                    return i == start
                        ? $"'{c}' repeats the preceding character, and there is none; escape it as '\\{c}'"
                        : $"'{c}' repeats the preceding character, which must not be a special character; escape it as '\\{c}'";
                case '?' or '+' or '*':
                    afterLiteral = false;
                    break;
                case '[':
                    if (CharacterClass(pattern, ref i) is { } problem)
                    {
                        return problem;
                    }

                    afterLiteral = true;
                    break;
                case '\r' or '\n':
                    return "a pattern cannot contain a line break";
                case ' ' or '\t' or '~' or '^' or ':' when isRef:
                    return $"Git ref names cannot contain {(c == '\t' ? "a tab" : c == ' ' ? "a space" : $"'{c}'")}, so it matches nothing";
                default:
                    afterLiteral = true;
                    break;
            }
        }

        var last = pattern[pattern.Length - 1];
        var escaped = pattern.Length > 1 && pattern[pattern.Length - 2] == '\\';
        return isRef && !escaped && last is '/' or '.'
            ? $"Git ref names never end with '{last}', so it matches nothing"
            : null;
    }

    /// <summary>Reads <c>[...]</c> starting at <paramref name="i"/>, leaving <paramref name="i"/> on the closing <c>]</c>.</summary>
    private static string? CharacterClass(string pattern, ref int i)
    {
        var open = i;
        if (i + 1 < pattern.Length && pattern[i + 1] == ']')
        {
            return "'[]' is an empty character class, which matches nothing";
        }

        for (i++; i < pattern.Length; i++)
        {
            if (pattern[i] == ']')
            {
                return null;
            }

            if (i + 1 < pattern.Length && pattern[i + 1] == '-')
            {
                var low = pattern[i];
                if (i + 2 >= pattern.Length || pattern[i + 2] == ']')
                {
                    return $"the range '{low}-' in '{pattern.Substring(open)}' has no end";
                }

                var high = pattern[i + 2];
                if (low > high)
                {
                    return $"the range '{low}-{high}' runs backwards";
                }

                i += 2;
            }
        }

        return $"'[' at position {open + 1} opens a character class that no ']' closes";
    }
}
