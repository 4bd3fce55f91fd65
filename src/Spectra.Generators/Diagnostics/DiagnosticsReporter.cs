using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Spectra.Generators.Common;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Diagnostics;

/// <summary>
/// Reports evaluation diagnostics as they are, and model issues at the location of their value path. Two stages,
/// because only the second needs the compilation (which changes on every edit): <see cref="Locate"/> resolves paths
/// into equatable data and re-runs only when a location table or an issue changed; <see cref="Report"/> turns that
/// data into tree locations and diagnostics on every run, with no lookups by value path.
/// </summary>
internal static class DiagnosticsReporter
{
    public static EquatableArray<DiagnosticInfo> Locate(ImmutableArray<SourceDiagnostics> sources, EquatableArray<Issue> issues)
    {
        var located = new List<DiagnosticInfo>();
        foreach (var source in sources)
        {
            located.AddRange(source.Diagnostics);
        }

        if (!issues.IsEmpty)
        {
            var locations = new LocationIndex(sources);
            foreach (var issue in issues)
            {
                located.Add(new DiagnosticInfo(issue.DescriptorId, locations.Find(issue.Path), issue.Arguments));
            }
        }

        return located.ToEquatableArray();
    }

    public static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics, SyntaxTreeLookup trees)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ById[diagnostic.Id], trees.ToLocation(diagnostic.Location), messageArgs: [.. diagnostic.Arguments]));
        }
    }
}
