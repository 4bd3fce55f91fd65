using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Spectra.Generators.Common;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Diagnostics;

/// <summary>Reports evaluation diagnostics as they are, and model issues at the location of their value path.</summary>
internal static class DiagnosticsReporter
{
    public static void Report(SourceProductionContext context, (ImmutableArray<SourceDiagnostics> Sources, EquatableArray<Issue> Issues) input, SyntaxTreeLookup trees)
    {
        foreach (var source in input.Sources)
        {
            foreach (var diagnostic in source.Diagnostics)
            {
                context.ReportDiagnostic(Create(diagnostic.Id, trees.ToLocation(diagnostic.Location), diagnostic.Arguments));
            }
        }

        if (input.Issues.IsEmpty)
        {
            return;
        }

        var locations = new LocationIndex(input.Sources);
        foreach (var issue in input.Issues)
        {
            context.ReportDiagnostic(Create(issue.DescriptorId, trees.ToLocation(locations.Find(issue.Path)), issue.Arguments));
        }
    }

    private static Diagnostic Create(string id, Location location, EquatableArray<string> arguments) =>
        Diagnostic.Create(
            DiagnosticDescriptors.ById[id],
            location,
            messageArgs: [.. arguments]);
}
