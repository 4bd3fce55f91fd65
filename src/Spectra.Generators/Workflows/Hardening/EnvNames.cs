using System;
using System.Collections.Generic;
using System.Text;
using Spectra.Generators.Common;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Hardening;

/// <summary>
/// Names the environment variables that carry untrusted expressions: derived from the property
/// (<c>github.event.issue.title</c> → <c>ISSUE_TITLE</c>), never one the workflow, job or step already declares
/// (a step variable would hide theirs), and the user's own variable when it already holds the same expression.
/// </summary>
internal sealed class EnvNames
{
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase); // Windows runners ignore case
    private readonly Dictionary<string, string> _byExpression = new(StringComparer.Ordinal);

    public EnvNames(params EquatableArray<StringPair>[] declared)
    {
        foreach (var env in declared)
        {
            foreach (var pair in env)
            {
                _taken.Add(pair.Key);
                _byExpression[pair.Value.Trim()] = pair.Key;
            }
        }
    }

    public string For(string expression, PropertyPath path)
    {
        if (_byExpression.TryGetValue(expression, out var existing))
        {
            return existing;
        }

        var stem = Stem(path.Text);
        var name = stem;
        for (var n = 2; !_taken.Add(name); n++)
        {
            name = stem + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _byExpression[expression] = name;
        return name;
    }

    /// <summary>Letters, digits and underscores only, so every shell can read it; never GITHUB_*, which GitHub reserves.</summary>
    private static string Stem(string path)
    {
        foreach (var prefix in new[] { "github.event.", "github." })
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && path.Length > prefix.Length)
            {
                path = path.Substring(prefix.Length);
                break;
            }
        }

        var name = new StringBuilder();
        foreach (var c in path.ToUpperInvariant())
        {
            var keep = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (keep)
            {
                name.Append(c);
            }
            else if (name.Length > 0 && name[name.Length - 1] != '_')
            {
                name.Append('_');
            }
        }

        var stem = name.ToString().TrimEnd('_');
        return stem.Length == 0 || stem.StartsWith("GITHUB", StringComparison.Ordinal) || char.IsDigit(stem[0]) ? "UNTRUSTED_" + stem : stem;
    }
}
