using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Security;

/// <summary>SPX4008: problems in spectra-pins.json are reported at their line in that file, and the rest still pins.</summary>
public sealed class PinLockFileTests
{
    private const string Path = "/repo/spectra-pins.json";
    private const string Sha = "11bd71901bbe5b1630ceea73d27597364c9af683";
    private static readonly string Declarations = SecurityAssert.Steps("Actions.Checkout(), Actions.SetupDotnet()");

    [Theory]
    [InlineData("{\n  \"actions/checkout@v4\": \"" + Sha + "\",\n  \"actions/setup-dotnet@v4\": \"67a3573\"\n}", 2, "\"67a3573\" is not a full 40-character commit SHA (the pin of \"actions/setup-dotnet@v4\")")]
    [InlineData("{\n  \"actions/checkout@v4\": \"" + Sha + "\",\n  \"./local@v1\": \"" + Sha + "\"\n}", 2, "\"./local@v1\" is not an action or reusable workflow reference")]
    [InlineData("{\n  \"actions/checkout@v4\": \"" + Sha + "\",\n  \"Actions/Checkout@v4\": \"" + Sha + "\"\n}", 2, "\"Actions/Checkout@v4\" is listed more than once")]
    [InlineData("{\n  \"actions/checkout@v4\": \"" + Sha + "\"\n  \"actions/setup-dotnet@v4\": \"" + Sha + "\"\n}", 2, "expected ',' or '}' after an entry")]
    [InlineData("{\n  \"actions/checkout@v4\": \"" + Sha + "\",\n  \"actions/setup-dotnet@v4\": 42\n}", 2, "must be a quoted commit SHA")]
    [InlineData("[\"actions/checkout@v4\"]", 0, "the file must be one JSON object")]
    public void Problem_is_reported_at_its_line_in_the_lock_file(string json, int line, string message)
    {
        var outcome = GeneratorHarness.RunWithFiles([new InMemoryAdditionalText(Path, json)], Declarations);

        var diagnostic = Assert.Single(outcome.Diagnostics, d => d.Id == "SPX4008");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        var text = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("'spectra-pins.json' is not a valid pin lock file: ", text, StringComparison.Ordinal);
        Assert.Contains(message, text, StringComparison.Ordinal);
        Assert.StartsWith("https://", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        if (line > 0)
        {
            Assert.Contains($"actions/checkout@{Sha} # v4", outcome.Yaml(".github/workflows/ci.yml"), StringComparison.Ordinal); // entries before the problem still pin
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{ \"$comment\": \"pinned 2025-06-01\", \"actions/checkout@v4\": \"" + Sha + "\" }")]
    public void Empty_files_and_comment_keys_are_valid(string json)
    {
        var outcome = GeneratorHarness.RunWithFiles([new InMemoryAdditionalText(Path, json)], Declarations);

        Assert.DoesNotContain(outcome.Diagnostics, d => d.Id == "SPX4008");
    }

    [Fact]
    public void Two_lock_files_that_disagree_are_reported_at_the_second()
    {
        var first = new InMemoryAdditionalText("/repo/a/spectra-pins.json", $$"""{ "actions/checkout@v4": "{{Sha}}" }""");
        var second = new InMemoryAdditionalText("/repo/b/spectra-pins.json", """{ "actions/checkout@v4": "0000000000000000000000000000000000000001" }""");

        var outcome = GeneratorHarness.RunWithFiles([second, first], Declarations);

        var diagnostic = Assert.Single(outcome.Diagnostics, d => d.Id == "SPX4008");
        Assert.Equal("/repo/b/spectra-pins.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains($"pinned to {Sha} by another lock file", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void File_of_another_name_is_read_when_marked_with_SpectraPins_metadata()
    {
        var marked = new InMemoryAdditionalText("/repo/eng/pins.json", $$"""{ "actions/checkout@v4": "{{Sha}}" }""");
        var unmarked = new InMemoryAdditionalText("/repo/eng/other.json", "not json");
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new SpectraGenerator().AsSourceGenerator()],
            [marked, unmarked],
            GeneratorHarness.ParseOptions,
            new MarkedFilesOptions(marked.Path),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var compilation = GeneratorHarness.Compile(Declarations);

        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var outcome = new GeneratorOutcome(driver, compilation, output, diagnostics);

        Assert.DoesNotContain(outcome.Diagnostics, d => d.Id == "SPX4008");
        Assert.Contains($"actions/checkout@{Sha} # v4", outcome.Yaml(".github/workflows/ci.yml"), StringComparison.Ordinal);
    }

    /// <summary>What MSBuild passes for <c>&lt;AdditionalFiles Include="…" SpectraPins="true" /&gt;</c> with CompilerVisibleItemMetadata.</summary>
    private sealed class MarkedFilesOptions(string markedPath) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => Options.None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            textFile.Path == markedPath ? new Options(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.SpectraPins", "true")) : Options.None;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options None = new(ImmutableDictionary<string, string>.Empty);

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
