using Microsoft.CodeAnalysis;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Platform;

/// <summary>
/// An org splits its platform class over files (jobs in one, policies in another); the attribute sits on one part
/// and every part's members are embedded and usable, with locations in their own files.
/// </summary>
public sealed class PartialPlatformTests
{
    private const string AttributedPart = """
        using Spectra;

        namespace Contoso.Infra;

        [Platform("infra")]
        public static partial class Platform
        {
            public static Step Setup => Actions.SetupDotnet("10.0.x");
        }
        """;

    private const string StagesPart = """
        using Spectra;

        namespace Contoso.Infra;

        public static partial class Platform
        {
            public static Job Smoke => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Permissions = new() { Contents = Access.Read },
                Steps = [Setup, Step.Run("./smoke.sh")],
            };
        }
        """;

    private static readonly string Product = OrgHarness.ProductWorkflow(OrgHarness.BuildJobNeeding("Platform.Smoke"));

    [Fact]
    public void Members_of_every_part_are_embedded_and_a_product_uses_them_with_the_prefix_of_the_attributed_part()
    {
        var (org, diagnostics) = OrgHarness.BuildOrgFromFiles([("Platform.cs", AttributedPart), ("Platform.Stages.cs", StagesPart)]);
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var outcome = OrgHarness.RunConsumer(org, Product);

        outcome.AssertClean();
        var yaml = outcome.Yaml(".github/workflows/ci.yml");
        Assert.Contains("  infra-smoke:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("./smoke.sh", yaml, StringComparison.Ordinal);
        Assert.Contains("    needs: [infra-smoke]\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluation_error_in_an_unattributed_part_is_reported_in_that_part()
    {
        var broken = StagesPart.Replace("Steps = [Setup, Step.Run(\"./smoke.sh\")],", "Steps = [Setup, Step.Run(System.Environment.MachineName)],", StringComparison.Ordinal);
        var (_, diagnostics) = OrgHarness.BuildOrgFromFiles([("Platform.cs", AttributedPart), ("Platform.Stages.cs", broken)]);

        var error = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.StartsWith("SPX0", error.Id, StringComparison.Ordinal);
        Assert.Equal("Platform.Stages.cs", error.Location.SourceTree?.FilePath);
    }
}
