using Microsoft.CodeAnalysis;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Security;

/// <summary>
/// <see cref="DiagnosticAssert.Reports"/> for rules whose default severity is not error: asserts one diagnostic with
/// the id, the severity, the exact <c>[|span|]</c> and the message fragment; plus the "nothing reported" half.
/// </summary>
internal static class SecurityAssert
{
    public static Diagnostic Reports(string id, DiagnosticSeverity severity, string markup, string messageFragment, IEnumerable<AdditionalText>? files = null) =>
        DiagnosticAssert.Reports(id, severity, markup, messageFragment, files ?? GeneratorHarness.DefaultFiles);

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
