using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Spectra.Generators.Emit;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.FuzzTests.Infrastructure;

/// <summary>What the generator did with one source.</summary>
/// <param name="Diagnostics">Errors of the input, errors in generated code, and every Spectra diagnostic.</param>
/// <param name="GeneratedCodeErrors">C# errors in what the generator added: a generator bug, whatever the input.</param>
/// <param name="Artifacts">The rendered files.</param>
/// <param name="Exception">An exception that escaped the generator (the driver turns it into CS8785).</param>
internal sealed record FuzzOutcome(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> GeneratedCodeErrors, IReadOnlyList<RenderedArtifact> Artifacts, Exception? Exception)
{
    /// <summary>No C# error and no Spectra diagnostic of any severity.</summary>
    public bool IsClean => Diagnostics.Count == 0;

    public bool Has(string id) => Diagnostics.Any(d => d.Id == id);

    public override string ToString() => string.Join("\n", Diagnostics.Concat(GeneratedCodeErrors));
}

/// <summary>
/// Runs the generator through <see cref="GeneratorHarness"/>, sharing one compilation of the references: binding
/// Net100's reference assemblies again for every case would cost more than compiling the case itself.
/// </summary>
internal static class FuzzCompiler
{
    private static readonly CSharpCompilation References = GeneratorHarness.Compile();

    public static FuzzOutcome Run(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: "Declarations0.cs");
        var input = References.AddSyntaxTrees(tree);
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(input, out var output, out var generatorDiagnostics);
        var outcome = new GeneratorOutcome(driver, input, output, generatorDiagnostics);

        // The input's own diagnostics plus those of the generated trees: the same set as the output compilation's,
        // without binding the declarations a second time.
        var inputErrors = input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
        var generatedErrors = output.SyntaxTrees.Where(t => t != tree)
            .SelectMany(t => output.GetSemanticModel(t).GetDiagnostics())
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToList();
        return new FuzzOutcome([.. generatorDiagnostics, .. inputErrors], generatedErrors, outcome.Artifacts, outcome.Result.Exception);
    }
}
