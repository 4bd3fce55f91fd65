using System;
using System.Collections.Generic;
using System.Linq;
using Xunit.Sdk;

namespace Spectra.Conformance.Tests.Infrastructure;

/// <summary>Assertions that print every finding on failure, so a red test explains itself.</summary>
public static class FindingAssertions
{
    public static void AssertNoFindings(IReadOnlyList<Finding> findings, string what)
    {
        if (findings.Count > 0)
        {
            throw new XunitException(
                $"{what}: {findings.Count} finding(s)\n{string.Join("\n", findings.Select(f => $"  {f}"))}");
        }
    }

    /// <summary>Asserts that `tool` reported a finding containing `messageFragment`, at `line` when given.</summary>
    public static Finding AssertHasFinding(IReadOnlyList<Finding> findings, string tool, string messageFragment, int? line = null)
    {
        var match = findings.FirstOrDefault(f =>
            f.Tool == tool
            && f.Message.Contains(messageFragment, StringComparison.Ordinal)
            && (line is null || f.Line == line));
        if (match is null)
        {
            var where = line is null ? "" : $" at line {line}";
            throw new XunitException(
                $"Expected a {tool} finding containing \"{messageFragment}\"{where}; got:\n"
                + (findings.Count == 0 ? "  (none)" : string.Join("\n", findings.Select(f => $"  {f}"))));
        }

        if (match.Line is null || match.Column is null)
        {
            throw new XunitException($"Finding has no precise position (line and column): {match}");
        }

        return match;
    }
}
