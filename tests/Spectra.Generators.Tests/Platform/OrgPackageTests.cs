using Microsoft.CodeAnalysis;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Platform;

/// <summary>An org package embeds its evaluated members; a product that references it uses them as its own.</summary>
public sealed class OrgPackageTests
{
    private static readonly string Product = OrgHarness.ProductWorkflow(OrgHarness.BuildJobNeeding("Platform.SecurityScan"));

    [Fact]
    public void Org_package_builds_cleanly_and_embeds_every_public_member_with_the_model_version()
    {
        var (reference, diagnostics) = OrgHarness.BuildOrg();
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var consumer = OrgHarness.RunConsumer(reference, "public static class Empty {}");
        var assembly = consumer.Input.GetAssemblyOrModuleSymbol(reference) as IAssemblySymbol;
        Assert.NotNull(assembly);
        var attributes = assembly!.GetAttributes();
        var ids = attributes.Where(a => a.AttributeClass!.Name == "SpectraModelAttribute").Select(a => (string)a.ConstructorArguments[0].Value!).ToList();
        Assert.Equal(
            ["Contoso.Infra.Platform.SecurityScan", "Contoso.Infra.Platform.SecretsCheck", "Contoso.Infra.Platform.Setup",
             "Contoso.Infra.Platform.ScanBeforePrd", "Contoso.Infra.Platform.JobPermissions", "Contoso.Infra.Platform.ShortPrdDeploys"],
            ids);
        Assert.Single(attributes, a => a.AttributeClass!.Name == "SpectraModelVersionAttribute");
    }

    [Fact]
    public void Org_job_named_in_needs_joins_the_workflow_with_its_namespaced_id()
    {
        var outcome = OrgHarness.RunConsumer(OrgHarness.Org, Product);

        outcome.AssertClean();
        var yaml = outcome.Yaml(".github/workflows/ci.yml");
        Assert.Contains("  infra-security-scan:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("trivy fs --exit-code 1 .", yaml, StringComparison.Ordinal);
        Assert.Contains("    needs: [infra-security-scan]\n", yaml, StringComparison.Ordinal);
        Assert.Contains("actions/setup-dotnet", yaml, StringComparison.Ordinal); // an org step template, used inline
        Assert.DoesNotContain("infra-secrets-check", yaml, StringComparison.Ordinal); // only what the workflow uses
    }

    [Fact]
    public void Org_job_included_as_a_workflow_member_keeps_the_org_id_and_product_jobs_can_need_it()
    {
        var outcome = OrgHarness.RunConsumer(OrgHarness.Org, OrgHarness.ProductWorkflow("""
                public static Job SecretsCheck => Platform.SecretsCheck;

                public static Job Build => new()
                {
                    RunsOn = Runner.UbuntuLatest,
                    Permissions = new() { Contents = Access.Read },
                    Needs = [Platform.SecretsCheck],
                    Steps = [Step.Run("dotnet build")],
                };
            """));

        outcome.AssertClean();
        var yaml = outcome.Yaml(".github/workflows/ci.yml");
        Assert.Single(yaml.Split('\n'), line => line == "  infra-secrets-check:");
        Assert.Contains("    needs: [infra-secrets-check]\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Org_job_needed_in_two_workflows_joins_both()
    {
        var nightly = Product.Replace("[Workflow(\"ci\")]", "[Workflow(\"nightly\")]", StringComparison.Ordinal)
            .Replace("class Ci", "class Nightly", StringComparison.Ordinal);
        var outcome = OrgHarness.RunConsumer(OrgHarness.Org, Product, nightly);

        outcome.AssertClean();
        foreach (var workflow in new[] { "ci", "nightly" })
        {
            var yaml = outcome.Yaml($".github/workflows/{workflow}.yml");
            Assert.Contains("  infra-security-scan:\n", yaml, StringComparison.Ordinal);
            Assert.Contains("    needs: [infra-security-scan]\n", yaml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Workflow_member_that_is_an_org_job_can_be_needed_by_its_member_name()
    {
        var outcome = OrgHarness.RunConsumer(OrgHarness.Org, OrgHarness.ProductWorkflow("""
                public static Job Scan => Platform.SecurityScan;

                public static Job Build => new()
                {
                    RunsOn = Runner.UbuntuLatest,
                    Permissions = new() { Contents = Access.Read },
                    Needs = [Scan],
                    Steps = [Step.Run("dotnet build")],
                };
            """));

        outcome.AssertClean();
        var yaml = outcome.Yaml(".github/workflows/ci.yml");
        Assert.Contains("  infra-security-scan:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    needs: [infra-security-scan]\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Org_package_built_with_a_newer_Spectra_is_an_error_naming_both_versions()
    {
        var (newer, _) = OrgHarness.BuildOrg(modelVersion: "999.0.0");
        var outcome = OrgHarness.RunConsumer(newer, Product);

        var error = Assert.Single(outcome.Diagnostics, d => d.Id == "SPX8001");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        var message = error.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'Contoso.Infra' was built with Spectra 999.0.0", message, StringComparison.Ordinal);
        Assert.Contains("this repo's Spectra " + Spectra.Generators.Emit.GeneratorInfo.Version, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Org_package_built_with_the_same_Spectra_reports_no_version_error() =>
        Assert.DoesNotContain(OrgHarness.RunConsumer(OrgHarness.Org, Product).Diagnostics, d => d.Id == "SPX8001");

    [Fact]
    public void Org_job_brings_the_org_jobs_it_needs()
    {
        var (org, _) = OrgHarness.BuildOrg(OrgHarness.OrgSource.Replace(
            "public static Job SecurityScan => new()\n    {",
            "public static Job SecurityScan => new()\n    {\n        Needs = [SecretsCheck],",
            StringComparison.Ordinal));
        var outcome = OrgHarness.RunConsumer(org, Product);

        outcome.AssertClean();
        var yaml = outcome.Yaml(".github/workflows/ci.yml");
        Assert.Contains("  infra-secrets-check:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  infra-security-scan:\n    needs: [infra-secrets-check]\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Org_repo_using_its_own_platform_jobs_gets_the_same_namespaced_ids()
    {
        var outcome = GeneratorHarness.Run(OrgHarness.OrgSource, Product);

        outcome.AssertClean();
        var yaml = outcome.Yaml(".github/workflows/ci.yml");
        Assert.Contains("  infra-security-scan:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    needs: [infra-security-scan]\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Unrelated_edit_in_a_consumer_leaves_org_models_and_policy_issues_unchanged()
    {
        var first = OrgHarness.RunConsumer(OrgHarness.Org, Product);
        var edited = first.Input.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            "namespace Contoso; public static class Unrelated { public static int Answer => 42; }", GeneratorHarness.ParseOptions, path: "Unrelated.cs"));
        var driver = first.Driver.RunGenerators(edited);

        var result = driver.GetRunResult().Results.Single();
        foreach (var name in new[] { TrackingNames.OrgModels, TrackingNames.PolicyIssues, TrackingNames.Artifacts })
        {
            Assert.All(
                result.TrackedSteps[name].SelectMany(s => s.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} re-ran: {output.Reason}"));
        }
    }
}
