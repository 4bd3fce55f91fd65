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

    public static ScalarStyle For(string text)
    {
        if (text.Length == 0 || NonString.IsMatch(text))
        {
            return ScalarStyle.DoubleQuoted;
        }

        return text.IndexOf('\n') >= 0 ? ScalarStyle.Literal : ScalarStyle.Any;
    }

    /// <summary>True when a plain scalar with this text would not read back as a string.</summary>
    public static bool NeedsQuotes(string text) => text.Length == 0 || NonString.IsMatch(text);
}
