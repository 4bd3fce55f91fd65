using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Spectra.Benchmarks.SyntheticOrg;

namespace Spectra.Benchmarks;

/// <summary>The synthetic org as an in-memory compilation, and the one-line edit the incremental benchmarks apply.</summary>
public static class OrgCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(Spectra.Job).Assembly.Location),
    ];

    public static CSharpCompilation Create(int services) =>
        CSharpCompilation.Create(
            "Declarations",
            SyntheticOrg.SyntheticOrg.Sources(services).Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, path: s.Path)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The compilation with the lint timeout of service <paramref name="service"/> changed (round decides the value).</summary>
    public static CSharpCompilation EditPipeline(CSharpCompilation compilation, int service, int round)
    {
        var path = SyntheticOrg.SyntheticOrg.PipelinePath(service);
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var text = SyntheticOrg.SyntheticOrg.Pipeline(service).Replace(SyntheticOrg.SyntheticOrg.EditableLine, SyntheticOrg.SyntheticOrg.EditedLine(round), StringComparison.Ordinal);
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, ParseOptions, path: path));
    }

    public static GeneratorDriver CreateDriver(bool trackSteps = false, IIncrementalGenerator? generator = null) =>
        CSharpGeneratorDriver.Create(
            [(generator ?? new Spectra.Generators.SpectraGenerator()).AsSourceGenerator()],
            [OrgPins.File],
            ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
}
