using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Spectra.Generators.Yaml;

/// <summary>
/// Chooses how each string is written so that every reader gets a string back. YamlDotNet's plain style would
/// leave <c>on</c>, <c>yes</c>, <c>0644</c>, <c>1:30</c> or <c>3.10</c> unquoted, which YAML 1.1 readers
/// (Kubernetes, many tools) or YAML 1.2 readers (GitHub) turn into bools, numbers or null. Those are double-quoted;
/// multi-line text becomes a literal block; everything else is left to the emitter, which quotes the rest
/// (<c>*</c>, <c>{</c>, <c>- a</c>, <c>#</c>, leading spaces) correctly on its own.
/// </summary>
internal static class ScalarStyles
{
    // YAML 1.1 types (null, bool, int, float incl. sexagesimal) and the YAML 1.2 core schema, in one pattern.
    private static readonly Regex NonString = new(
        "^(?:" +
        "~|null|Null|NULL|" +
        "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|" +
        @"[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+|" +
        @"[-+]?(?:[0-9][0-9_]*)?\.[0-9.]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|" +
        @"[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|" +
        @"[-+]?[0-9]+|0o[0-7]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|" +
        "<<|=" +
        ")$",
        RegexOptions.CultureInvariant);

    private static readonly Regex SimpleKey = new(@"^[A-Za-z0-9_][A-Za-z0-9_./-]*\z", RegexOptions.CultureInvariant);

    public static ScalarStyle For(string text)
    {
        if (text.Length == 0 || NonString.IsMatch(text) || NeedsEscapes(text))
        {
            return ScalarStyle.DoubleQuoted;
        }

        return text.IndexOf('\n') >= 0 ? (LiteralBlockKeeps(text) ? ScalarStyle.Literal : ScalarStyle.DoubleQuoted) : ScalarStyle.Any;
    }

    /// <summary>
    /// A user's key (an env var, an input, a matrix axis): plain only when it is a simple word; anything else is
    /// double-quoted, as YamlDotNet's own choice for keys with tabs or line breaks cannot be read back.
    /// </summary>
    public static ScalarStyle ForKey(string key) => SimpleKey.IsMatch(key) && !NeedsQuotes(key) ? ScalarStyle.Any : ScalarStyle.DoubleQuoted;

    /// <summary>
    /// A literal block reads back exactly unless a line holds only spaces (indentation, not content, to a reader) or
    /// the text is nothing but line breaks and spaces (YamlDotNet writes an empty block for it).
    /// </summary>
    private static bool LiteralBlockKeeps(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0 && line.Trim(' ').Length == 0)
            {
                return false;
            }
        }

        return text.Trim('\n', ' ').Length > 0;
    }

    /// <summary>
    /// Characters only a double-quoted scalar carries unchanged: control characters other than line feed and tab
    /// (a carriage return reads back as a line break), NEL, LS and PS (line breaks to YAML 1.1 readers, which fold a
    /// block scalar there, but not to YAML 1.2 readers), the byte-order mark, and a tab at either end of a line (go-yaml,
    /// and so actionlint, rejects a leading one in a block scalar as indentation; a plain scalar loses a trailing one).
    /// </summary>
    private static bool NeedsEscapes(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((char.IsControl(c) && c is not '\n' and not '\t') || c is '\u2028' or '\u2029' or '\uFEFF' ||
                (c == '\t' && (i == 0 || i == text.Length - 1 || text[i - 1] == '\n' || text[i + 1] == '\n')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a plain scalar with this text would not read back as a string.</summary>
    public static bool NeedsQuotes(string text) => text.Length == 0 || NonString.IsMatch(text);
}
