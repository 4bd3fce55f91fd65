using Microsoft.CodeAnalysis;

namespace Spectra.Generators.Tests.Infrastructure;

/// <summary>Runs the generator on marked-up sources and asserts one diagnostic: id, severity, exact span, message.</summary>
internal static class DiagnosticAssert
{
    /// <summary>The first source carries the <c>[|span|]</c>; the others are extra files of the same compilation.</summary>
    public static Diagnostic Reports(string id, string markup, string messageFragment, params string[] otherSources) =>
        Reports(id, DiagnosticSeverity.Error, markup, messageFragment, GeneratorHarness.DefaultFiles, otherSources);

    /// <summary>
    /// Exactly one <paramref name="id"/> with the given default severity (warnings, disabled-by-default rules turned
    /// on), at the exact span, with the message fragment and a help link; every rule test goes through here.
    /// </summary>
    public static Diagnostic Reports(string id, DiagnosticSeverity severity, string markup, string messageFragment, IEnumerable<AdditionalText> files, params string[] otherSources) =>
        Reports(id, severity, markup, messageFragment, source => GeneratorHarness.RunWithFiles(files, [source, .. otherSources]));

    /// <summary>As above, with the compilation built by <paramref name="run"/> from the marked-up source (e.g. against an org package).</summary>
    public static Diagnostic Reports(string id, DiagnosticSeverity severity, string markup, string messageFragment, Func<string, GeneratorOutcome> run)
    {
        var (source, span) = Markup.Parse(markup);
        var outcome = run(source);
        var matching = outcome.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got:\n{string.Join("\n", outcome.Diagnostics)}");
        var diagnostic = matching[0];
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal("Declarations0.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(source[span.Start..span.End], source[diagnostic.Location.SourceSpan.Start..diagnostic.Location.SourceSpan.End]);
        Assert.Equal(span, diagnostic.Location.SourceSpan);
        Assert.Contains(messageFragment, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.StartsWith("https://", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        return diagnostic;
    }

    /// <summary>A workflow class around the given members, with triggers unless the members declare their own.</summary>
    public static string Workflow(string members, string id = "ci", string className = "Ci") => $$"""
        using System;
        using System.Collections.Generic;
        using Spectra;

        namespace Contoso;

        [Workflow("{{id}}")]
        public static class {{className}}
        {
            {{(members.Contains("Triggers On", StringComparison.Ordinal) ? "" : "public static Triggers On => new() { Push = new() };")}}
        {{members}}
        }
        """;
}
