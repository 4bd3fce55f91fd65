using Spectra.Generators.Tests.Infrastructure;
using Spectra.Generators.Workflows.Expressions;

namespace Spectra.Generators.Tests.Expressions;

/// <summary>The sample product and the snapshot sources use expressions the way real workflows do: none may be flagged.</summary>
public sealed class SampleExpressionsTests
{
    [Fact]
    public void Sample_pipelines_have_expressions_and_no_diagnostics()
    {
        var outcome = ExpressionAssert.Clean(SamplePipelines());

        var sites = ExpressionAssert.Models(outcome).SelectMany(ExpressionSites.Of).ToList();
        var expressions = sites.SelectMany(s => ExpressionTemplate.Parse(s.Text, s.Key.IsCondition).Expressions).ToList();
        Assert.True(expressions.Count >= 20, $"expected the sample's expressions to be visited, found {expressions.Count}");
        Assert.All(expressions, e => Assert.Null(e.Parsed.Error));
        Assert.Contains(expressions, e => e.Parsed.Text == "needs.build-image.outputs.digest");
        Assert.Contains(expressions, e => e.Parsed.Text == "hashFiles('**/packages.lock.json')");
    }

    [Theory]
    [InlineData("ReadmeExample")]
    [InlineData("KitchenSink")]
    [InlineData("ReusableWorkflow")]
    [InlineData("TrickyScalars")]
    public void Snapshot_sources_have_no_expression_diagnostics(string name)
    {
        string[] sources = name == "KitchenSink" ? [Sources.KitchenSink, Sources.Environments] : [(string)typeof(Sources).GetField(name)!.GetValue(null)!];

        var outcome = GeneratorHarness.Run(sources);

        Assert.DoesNotContain(outcome.Diagnostics, d => ExpressionAssert.ExpressionRuleIds.Contains(d.Id));
    }

    private static string[] SamplePipelines()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Spectra.Sdk.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Directory.GetFiles(Path.Combine(directory.FullName, "samples", "spectra-api", "build", "Pipelines"), "*.cs")
            .Concat(Directory.GetFiles(Path.Combine(directory.FullName, "samples", "spectra-platform", "src"), "*.cs", SearchOption.AllDirectories)) // the org package the sample uses
            .Select(file => "global using System; global using System.Collections.Generic; global using Spectra;\n" + File.ReadAllText(file))
            .ToArray();
    }
}
