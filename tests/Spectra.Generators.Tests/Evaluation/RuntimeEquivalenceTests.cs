using System.Reflection;
using System.Runtime.Loader;
using Spectra.Generators.Common;
using Spectra.Generators.Tests.Infrastructure;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Tests.Evaluation;

/// <summary>
/// The generator evaluates declarations without running them, trusting attributes such as [ActionStep] to describe
/// what a factory method does. These tests run the same declarations and require the same values, so an attribute
/// that lies about its method (or an evaluator bug) fails here.
/// </summary>
public sealed class RuntimeEquivalenceTests
{
    public static TheoryData<string> Declarations => ["ReadmeExample", "KitchenSink", "ReusableWorkflow", "TrickyScalars", "TypedCall", "Sample"];

    [Theory]
    [MemberData(nameof(Declarations))]
    public void Evaluated_values_equal_the_values_the_declarations_produce_when_run(string name)
    {
        var sources = SourcesFor(name);
        var outcome = GeneratorHarness.Run(sources);
        outcome.AssertClean();
        var assembly = Load(outcome);

        var declarations = outcome.Result.TrackedSteps[TrackingNames.Declarations].SelectMany(s => s.Outputs).Select(o => (WorkflowDeclaration)o.Value).ToList();
        Assert.NotEmpty(declarations);
        foreach (var declaration in declarations)
        {
            var type = assembly.GetType(declaration.TypeName, throwOnError: true)!;
            // Org jobs a workflow includes, and [SuppressPolicy] entries, are not properties of the class.
            foreach (var member in declaration.Members.Where(m => m.DeclarationId == declaration.TypeName + "." + m.Name))
            {
                var runtime = type.GetProperty(member.Name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null)
                    ?? type.GetField(member.Name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null);
                var expected = Normalize(RuntimeValueConverter.Convert(runtime))!;
                var evaluated = Normalize(RuntimeValueConverter.WithoutReferences(member.Value));
                Assert.True(expected.Equals(evaluated), $"{declaration.TypeName}.{member.Name}:\n run time: {expected}\n evaluated: {evaluated}");
            }
        }
    }

    private static string[] SourcesFor(string name) => name switch
    {
        // The sample uses the sample org package; compiled together, its org jobs are evaluated from source.
        "Sample" => Directory.GetFiles(Path.Combine(RepositoryRoot(), "samples", "spectra-api", "build", "Pipelines"), "*.cs")
            .Concat(Directory.GetFiles(Path.Combine(RepositoryRoot(), "samples", "spectra-platform", "src"), "*.cs", SearchOption.AllDirectories))
            .Select(f => "global using System; global using System.Collections.Generic; global using Spectra;\n" + File.ReadAllText(f))
            .ToArray(),
        "KitchenSink" => [Sources.KitchenSink, Sources.Environments],
        "TypedCall" => [Sources.TypedCall, Sources.ReusableWorkflow],
        _ => [(string)typeof(Sources).GetField(name)!.GetValue(null)!],
    };

    /// <summary>Object fields in name order, so declaration order in an initializer does not matter.</summary>
    private static Value? Normalize(Value? value) => value switch
    {
        ObjectValue obj => obj with { Fields = obj.Fields.Select(f => f with { Value = Normalize(f.Value)! }).OrderBy(f => f.Key, StringComparer.Ordinal).ToEquatableArray() },
        ListValue list => new ListValue(list.Items.Select(i => Normalize(i)!).ToEquatableArray()),
        MapValue map => new MapValue(map.Entries.Select(e => e with { Value = Normalize(e.Value)! }).ToEquatableArray()),
        _ => value,
    };

    private static Assembly Load(GeneratorOutcome outcome)
    {
        using var stream = new MemoryStream();
        var emit = outcome.Input.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("declarations", isCollectible: true).LoadFromStream(stream);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Spectra.Sdk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Spectra.Sdk.sln not found above " + AppContext.BaseDirectory);
    }
}
