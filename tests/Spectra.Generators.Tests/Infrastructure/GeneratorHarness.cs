using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Spectra.Generators;
using Spectra.Generators.Emit;

namespace Spectra.Generators.Tests.Infrastructure;

/// <summary>Compiles declaration sources against Spectra.Abstractions and runs the generator, tracking every step.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(Spectra.Job).Assembly.Location),
    ];

    public static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create(
            "Declarations",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Declarations{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The AdditionalFiles of a test repository unless a test passes its own: the pin lock file of <see cref="TestPins"/>.</summary>
    public static IReadOnlyList<AdditionalText> DefaultFiles { get; } = [TestPins.LockFile];

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText>? files = null) =>
        CSharpGeneratorDriver.Create(
            [new SpectraGenerator().AsSourceGenerator()],
            files ?? DefaultFiles,
            ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorOutcome Run(params string[] sources) => Run(Compile(sources), DefaultFiles);

    /// <summary>Runs with exactly these AdditionalFiles (none: a repository without a pin lock file).</summary>
    public static GeneratorOutcome RunWithFiles(IEnumerable<AdditionalText> files, params string[] sources) => Run(Compile(sources), files);

    public static GeneratorOutcome Run(Compilation compilation, IEnumerable<AdditionalText> files)
    {
        var driver = CreateDriver(files).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorOutcome(driver, compilation, output, generatorDiagnostics);
    }
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorOutcome(GeneratorDriver Driver, Compilation Input, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    /// <summary>The rendered files, read from the Artifacts step.</summary>
    public IReadOnlyList<RenderedArtifact> Artifacts =>
        Result.TrackedSteps.TryGetValue(TrackingNames.Artifacts, out var steps)
            ? steps.SelectMany(s => s.Outputs).SelectMany(o => ((ArtifactGroup)o.Value).Artifacts).ToList()
            : [];

    public string Yaml(string path) => Artifacts.Single(a => a.Path == path).Content;

    /// <summary>Spectra's diagnostics plus any compiler error in the input or the generated code.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics =>
        [.. GeneratorDiagnostics, .. Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("SPX", StringComparison.Ordinal))];

    public void AssertClean()
    {
        var problems = Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, "Unexpected diagnostics:\n" + string.Join("\n", problems));
    }
}
