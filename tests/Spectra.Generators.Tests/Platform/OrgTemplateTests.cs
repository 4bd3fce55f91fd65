using Microsoft.CodeAnalysis;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Platform;

/// <summary>Org templates: methods of a [Platform] class, embedded with their parameters in place, filled in by a product's call.</summary>
public sealed class OrgTemplateTests
{
    private static string Product(string members) => OrgHarness.ProductWorkflow(members);

    [Fact]
    public void Org_build_embeds_each_template_by_its_signature_with_parameters_and_defaults_in_place()
    {
        var (reference, diagnostics) = OrgHarness.BuildOrg(OrgHarness.OrgSource, null, OrgTemplateHarness.TemplatesSource);
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var consumer = OrgHarness.RunConsumer(reference, "public static class Empty {}");
        var assembly = (IAssemblySymbol)consumer.Input.GetAssemblyOrModuleSymbol(reference)!;
        var models = assembly.GetAttributes()
            .Where(a => a.AttributeClass!.Name == "SpectraModelAttribute")
            .ToDictionary(a => (string)a.ConstructorArguments[0].Value!, a => (string)a.ConstructorArguments[1].Value!);

        var build = models["Contoso.Infra.Templates.DotnetBuild(System.String,System.String)"];
        Assert.Contains("[\"Name\", [\"s\", \"dotnetVersion\"]], [\"Default\", [\"s\", \"10.0.x\"]]", build, StringComparison.Ordinal);
        Assert.Contains("[\"text\", [\"s\", \"Build \"], [\"param\", \"project\"]]", build, StringComparison.Ordinal);
        Assert.Contains("[\"dotnet-version\", [\"param\", \"dotnetVersion\"]]", build, StringComparison.Ordinal);
        Assert.Contains("Contoso.Infra.Templates.DeployTo(Spectra.DeploymentEnvironment,Spectra.JobBase,System.String,System.Int32)", models.Keys);
    }

    [Fact]
    public void Product_call_fills_interpolated_strings_nested_helpers_and_default_parameters()
    {
        var outcome = OrgHarness.RunConsumer(OrgTemplateHarness.Org, Product("""
                public static Job Build => Templates.DotnetBuild(project: "src/Api");

                public static Job Test => Templates.DotnetBuild("tests/Api.Tests", dotnetVersion: "9.0.x") with { Needs = [Build] };
            """));

        outcome.AssertClean();
        var yaml = outcome.Yaml(".github/workflows/ci.yml");
        Assert.Contains("  build:\n    name: Build src/Api\n", yaml, StringComparison.Ordinal);
        Assert.Contains("dotnet-version: 10.0.x", yaml, StringComparison.Ordinal); // the default, embedded by the package
        Assert.Contains("- name: Compile src/Api\n        run: dotnet build src/Api --configuration Release\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  test:\n    name: Build tests/Api.Tests\n    needs: [build]\n", yaml, StringComparison.Ordinal);
        Assert.Contains("dotnet-version: 9.0.x", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_reference_arguments_resolve_in_the_product_and_org_jobs_named_by_the_template_join()
    {
        var outcome = OrgHarness.RunConsumer(OrgTemplateHarness.Org, Product("""
                public static Job Build => Templates.DotnetBuild("src/Api");

                public static Job Deploy => Templates.DeployTo(new("prd"), needs: Build, target: "PRD");
            """));

        outcome.AssertClean();
        var yaml = outcome.Yaml(".github/workflows/ci.yml");
        Assert.Contains("    needs: [build, infra-security-scan]\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    environment: prd\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  infra-security-scan:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("run: ./deploy.sh PRD\n", yaml, StringComparison.Ordinal);
        Assert.Contains("TOKEN: ${{ secrets.PRD_TOKEN }}", yaml, StringComparison.Ordinal);
        Assert.Contains("    timeout-minutes: 20\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Overloads_are_separate_templates_and_an_omitted_enum_parameter_takes_its_embedded_default()
    {
        var outcome = OrgHarness.RunConsumer(OrgTemplateHarness.Org, Product("""
                public static Job Lint => Templates.Reader("dotnet format --verify-no-changes");

                public static Job Audit => Templates.Reader("dotnet list package --vulnerable", timeoutMinutes: 5);

                public static Job Label => Templates.Reader("./label.sh", contents: Access.Write);
            """));

        outcome.AssertClean();
        var yaml = outcome.Yaml(".github/workflows/ci.yml");
        Assert.Contains("  lint:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n    steps:\n      - run: dotnet format --verify-no-changes\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  audit:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n    timeout-minutes: 5\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  label:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_returning_steps_spreads_into_a_product_job()
    {
        var outcome = OrgHarness.RunConsumer(OrgTemplateHarness.Org, Product("""
                public static Job Build => new()
                {
                    RunsOn = Runner.UbuntuLatest,
                    Permissions = new() { Contents = Access.Read },
                    Steps = [.. Templates.Prepare("9.0.x"), Step.Run("dotnet build")],
                };
            """));

        outcome.AssertClean();
        var yaml = outcome.Yaml(".github/workflows/ci.yml");
        Assert.Matches(@"- uses: actions/checkout@\w+ # v4\n      - uses: actions/setup-dotnet@\w+ # v4\n        with:\n          dotnet-version: 9.0.x\n      - run: dotnet build\n", yaml);
    }

    [Fact]
    public void Environment_declaration_passed_as_an_argument_is_the_same_environment_as_when_assigned_directly()
    {
        const string Environments = """
            using Spectra;

            namespace Contoso.Api;

            [Environments]
            public static class Stages
            {
                public static DeploymentEnvironment Prd => new("prd") { Url = "https://api.contoso.example" };
            }
            """;
        var outcome = OrgHarness.RunConsumer(OrgTemplateHarness.Org, Environments, Product("""
                public static Job Build => Templates.DotnetBuild("src/Api");

                public static Job Deploy => Templates.DeployTo(Stages.Prd, Build, "PRD");
            """));

        outcome.AssertClean();
        Assert.Contains("    environment:\n      name: prd\n      url: https://api.contoso.example\n", outcome.Yaml(".github/workflows/ci.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_breach_in_a_value_a_parameter_supplied_is_reported_at_that_argument()
    {
        var outcome = OrgHarness.RunConsumer(OrgTemplateHarness.Org, Product("""
                public static Job Build => Templates.DotnetBuild("src/Api");

                public static Job Deploy => Templates.DeployTo(new("prd"), Build, "PRD", timeoutMinutes: 45);
            """));

        var diagnostic = Assert.Single(outcome.Diagnostics, d => d.Id == "SPX8002");
        Assert.Contains("with TimeoutMinutes 45, more than 30", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("45", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
    }

    [Fact]
    public void Calling_an_org_method_without_an_embedded_template_names_the_package()
    {
        // A package whose method embeds nothing, as one built by a Spectra without templates would be.
        var (org, orgDiagnostics) = OrgHarness.BuildOrg(OrgHarness.OrgSource, null, """
            using Spectra;

            namespace Contoso.Infra;

            [Platform("infra")]
            public static class Templates
            {
                public static Job Block(string project)
                {
                    return new() { Name = project };
                }
            }
            """);
        Assert.Contains(orgDiagnostics, d => d.Id == "SPX0002"); // its own build said so

        var outcome = OrgHarness.RunConsumer(org, Product("""
                public static Job Build => Templates.Block("src/Api");
            """));

        var diagnostic = Assert.Single(outcome.Diagnostics, d => d.Id == "SPX0002");
        Assert.Contains("'Contoso.Infra', which embeds no template for it", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("Templates.Block(\"src/Api\")", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
    }

    [Fact]
    public void Argument_without_a_text_form_that_the_template_puts_in_text_is_reported_at_the_argument()
    {
        var outcome = OrgHarness.RunConsumer(OrgTemplateHarness.Org, Product("""
                public static Job Build => new()
                {
                    RunsOn = Runner.UbuntuLatest,
                    Permissions = new() { Contents = Access.Read },
                    Steps = [Templates.Announce(Build)],
                };
            """));

        var diagnostic = Assert.Single(outcome.Diagnostics, d => d.Id == "SPX0002");
        Assert.Contains("the argument 'subject' of the call to 'Templates.Announce'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("Build", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
    }
}
