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

        foreach (var issue in input.Issues)
        {
            LocationInfo? location = null;
            foreach (var source in input.Sources)
            {
                location = source.Locations.Find(issue.Path);
                if (location is not null)
                {
                    break;
                }
            }

            context.ReportDiagnostic(Create(issue.DescriptorId, trees.ToLocation(location), issue.Arguments));
        }
    }

    private static Diagnostic Create(string id, Location location, EquatableArray<string> arguments) =>
        Diagnostic.Create(
            DiagnosticDescriptors.ById[id],
            location,
            messageArgs: [.. arguments]);
}
