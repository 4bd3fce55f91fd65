using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.FuzzTests.Infrastructure;

/// <summary>A rendered file, read back from the attribute the generator added.</summary>
internal sealed record Artifact(string Path, string Content);

/// <summary>What the generator did with one source.</summary>
/// <param name="Diagnostics">Every diagnostic the generator reported, and the input's C# errors.</param>
/// <param name="GeneratedCodeErrors">Syntax errors in what the generator added: a generator bug, whatever the input.</param>
/// <param name="Artifacts">The rendered files.</param>
/// <param name="Exception">An exception that escaped the generator (the driver turns it into CS8785).</param>
internal sealed record FuzzOutcome(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> GeneratedCodeErrors, IReadOnlyList<Artifact> Artifacts, Exception? Exception)
{
    /// <summary>No C# error and no diagnostic from the generator, of any severity.</summary>
    public bool IsClean => Diagnostics.Count == 0;

    public bool Has(string id) => Diagnostics.Any(d => d.Id == id);

    public override string ToString() => string.Join("\n", Diagnostics.Concat(GeneratedCodeErrors));
}

/// <summary>
/// Runs the generator the way <see cref="GeneratorHarness"/> does, tuned for thousands of runs: one compilation of
/// the references shared by every case (binding Net100's reference assemblies again would cost more than the case),
/// no step tracking (a quarter of the generator's time; files are read from the generated attributes instead), and
/// C# errors of the input only when Spectra reported nothing (binding the declarations twice is the dearest step).
/// </summary>
internal static class FuzzCompiler
{
    private static readonly CSharpCompilation References = GeneratorHarness.Compile();

    /// <summary>The unit tests' pin lock file plus the actions only the fuzz generators use (placeholder SHAs), so that no valid case raises SPX4004.</summary>
    private static readonly AdditionalText[] Files =
    [
        new InMemoryAdditionalText(TestPins.Path, TestPins.Json.TrimEnd().TrimEnd('}').TrimEnd() + """
            ,
              "actions/setup-node@v4": "0000000000000000000000000000000000000105",
              "actions/download-artifact@v4": "0000000000000000000000000000000000000106",
              "contoso/custom-action@v1": "0000000000000000000000000000000000000101",
              "contoso/platform/.github/workflows/build.yml@v1": "0000000000000000000000000000000000000102",
              "contoso/platform/.github/workflows/deploy.yml@main": "0000000000000000000000000000000000000103",
              "contoso/platform/.github/workflows/deploy.yml@v2": "0000000000000000000000000000000000000104"
            }
            """),
    ];

    public static FuzzOutcome Run(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: "Declarations0.cs");
        var input = References.AddSyntaxTrees(tree);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new SpectraGenerator().AsSourceGenerator()],
            Files,
            GeneratorHarness.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        driver = driver.RunGeneratorsAndUpdateCompilation(input, out var output, out var generatorDiagnostics);

        var spectraReported = generatorDiagnostics.Any(d => d.Id.StartsWith("SPX", StringComparison.Ordinal));
        var inputErrors = spectraReported ? [] : input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        // Generated code is attributes holding literals: the only way for it to fail is text that escapes a literal
        // or a comment, which its syntax shows; binding it as well would double the cost for nothing.
        var generated = output.SyntaxTrees.Where(t => t != tree).ToList();
        var generatedErrors = generated.SelectMany(t => t.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var exception = driver.GetRunResult().Results.Single().Exception;
        return new FuzzOutcome([.. generatorDiagnostics, .. inputErrors], generatedErrors, [.. generated.SelectMany(ReadArtifacts)], exception);
    }

    /// <summary>The files in the payload of each <c>[assembly: SpectraArtifacts(declaringType, payload)]</c> in a generated tree.</summary>
    private static IEnumerable<Artifact> ReadArtifacts(SyntaxTree generated) =>
        generated.GetRoot().DescendantNodes().OfType<AttributeSyntax>()
            .Where(a => a.Name.ToString().EndsWith("SpectraArtifacts", StringComparison.Ordinal) && a.ArgumentList?.Arguments.Count == 2)
            .Select(a => a.ArgumentList!.Arguments[1].Expression)
            .OfType<LiteralExpressionSyntax>()
            .SelectMany(payload => PayloadReader.Decode(payload.Token.ValueText))
            .Select(file => new Artifact(file.Path, file.Content));
}
