using Microsoft.CodeAnalysis;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Security;

/// <summary>
/// <see cref="DiagnosticAssert.Reports"/> for rules whose default severity is not error: asserts one diagnostic with
/// the id, the severity, the exact <c>[|span|]</c> and the message fragment; plus the "nothing reported" half.
/// </summary>
internal static class SecurityAssert
{
    public static Diagnostic Reports(string id, DiagnosticSeverity severity, string markup, string messageFragment, IEnumerable<AdditionalText>? files = null)
    {
        var (source, span) = Markup.Parse(markup);
        var outcome = GeneratorHarness.RunWithFiles(files ?? GeneratorHarness.DefaultFiles, source);
        var matching = outcome.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got:\n{string.Join("\n", outcome.Diagnostics)}");
        var diagnostic = matching[0];
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal("Declarations0.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(source[span.Start..span.End], source[diagnostic.Location.SourceSpan.Start..diagnostic.Location.SourceSpan.End]);
        Assert.Contains(messageFragment, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.StartsWith("https://", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        return diagnostic;
    }

    public static GeneratorOutcome DoesNotReport(string id, string source, IEnumerable<AdditionalText>? files = null)
    {
        var outcome = GeneratorHarness.RunWithFiles(files ?? GeneratorHarness.DefaultFiles, source);
        var matching = outcome.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 0, $"Expected no {id}, got:\n{string.Join("\n", matching)}");
        return outcome;
    }

    /// <summary>A workflow with one job on ubuntu-latest running the given steps.</summary>
    public static string Steps(string steps, string triggers = "Push = new()") => DiagnosticAssert.Workflow($$"""
            public static Triggers On => new() { {{triggers}} };
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [{{steps}}] };
        """);
}
