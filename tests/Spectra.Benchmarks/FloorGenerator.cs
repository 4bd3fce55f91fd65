using Microsoft.CodeAnalysis;

namespace Spectra.Benchmarks;

/// <summary>
/// The least any generator of this shape pays in Roslyn: it finds the same [Workflow], [Service] and [Environments]
/// classes with ForAttributeWithMetadataName, keeps only their names, and writes one small file. `phases N R floor`
/// runs it in place of Spectra, so Spectra's own share of a run is its time minus this one.
/// </summary>
// No [Generator]: the benchmark constructs it directly; it is never loaded by a compiler.
public sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var workflows = Find(context, "Spectra.WorkflowAttribute");
        var services = Find(context, "Spectra.ServiceAttribute");
        var environments = Find(context, "Spectra.EnvironmentsAttribute");
        var names = workflows.Collect().Combine(services.Collect()).Combine(environments.Collect())
            .Select(static (all, _) => all.Left.Left.Length + all.Left.Right.Length + all.Right.Length);
        context.RegisterSourceOutput(names, static (spc, count) => spc.AddSource("Floor.g.cs", "// " + count + " declarations\n"));
    }

    private static IncrementalValuesProvider<string> Find(IncrementalGeneratorInitializationContext context, string attribute) =>
        context.SyntaxProvider.ForAttributeWithMetadataName(attribute, static (_, _) => true, static (syntax, _) => syntax.TargetSymbol.Name);
}
