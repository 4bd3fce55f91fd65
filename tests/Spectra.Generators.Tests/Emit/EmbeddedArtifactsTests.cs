using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Spectra.Generators.Tests.Deployments;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Emit;

/// <summary>
/// What the generator adds to the compilation: one <c>SpectraArtifacts</c> attribute per declaration (the compiler's
/// cost is per attribute), whose payload holds exactly the files rendered, and a comment listing them.
/// </summary>
public sealed class EmbeddedArtifactsTests
{
    private static readonly Lazy<GeneratorOutcome> Outcome = new(() =>
        GeneratorHarness.Run(Sources.ReadmeExample, DeploymentSources.Environments, DeploymentSources.StandardService));

    [Fact]
    public void Each_declaration_embeds_one_attribute_whose_payload_holds_exactly_its_rendered_files()
    {
        var outcome = Outcome.Value;
        outcome.AssertClean();
        var rendered = outcome.Artifacts.Concat(outcome.DeploymentArtifacts()).ToList();

        var attributes = Attributes(outcome).ToList();

        Assert.Equal(attributes.Select(a => a.DeclaringType).Distinct().Count(), attributes.Count);
        Assert.Equal(rendered.Select(a => a.DeclaringType).Distinct().Order(), attributes.Select(a => a.DeclaringType).Order());
        Assert.True(rendered.Count > attributes.Count, "a service renders many files into one attribute");
        Assert.Equal(
            rendered.Select(a => (a.DeclaringType, a.Path, a.Content)).OrderBy(a => a.Path, StringComparer.Ordinal),
            attributes.SelectMany(a => PayloadReader.Decode(a.Payload).Select(f => (a.DeclaringType, f.Path, f.Content))).OrderBy(a => a.Path, StringComparer.Ordinal));
    }

    [Fact]
    public void Generated_source_lists_each_embedded_file_in_a_comment()
    {
        var outcome = Outcome.Value;
        var text = string.Concat(outcome.Output.SyntaxTrees.Select(t => t.ToString()));

        foreach (var artifact in outcome.Artifacts.Concat(outcome.DeploymentArtifacts()))
        {
            Assert.Contains($"// Spectra artifact {artifact.Path} from {artifact.DeclaringType}\n", text, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<(string DeclaringType, string Payload)> Attributes(GeneratorOutcome outcome) =>
        outcome.Output.SyntaxTrees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<AttributeSyntax>())
            .Where(a => a.Name.ToString() == "global::Spectra.Generation.SpectraArtifacts")
            .Select(a => a.ArgumentList!.Arguments.Select(arg => ((LiteralExpressionSyntax)arg.Expression).Token.ValueText).ToList())
            .Select(args => (args[0], args[1]));
}
