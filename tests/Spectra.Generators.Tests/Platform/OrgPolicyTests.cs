using Microsoft.CodeAnalysis;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Platform;

/// <summary>Policies of a referenced org package, checked in the product at the product's declarations.</summary>
public sealed class OrgPolicyTests
{
    private static string Workflow(string members, string attributes = "") => $$"""
        using Spectra;
        using Spectra.Policies;
        using Contoso.Infra;

        namespace Contoso.Api;

        {{attributes}}
        [Workflow("deploy")]
        public static class Delivery
        {
            public static Triggers On => new() { Push = new() };

        {{members}}
        }
        """;

    private const string DeployToPrd = """
            public static Job [|Deploy|] => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Permissions = new() { Contents = Access.Read },
                Environment = new("prd"),
                TimeoutMinutes = 20,
                Steps = [Step.Run("./deploy.sh")],
            };
        """;

    private const string DeployToPrdAfterScan = """
            public static Job Deploy => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Permissions = new() { Contents = Access.Read },
                Environment = new("prd"),
                Needs = [Platform.SecurityScan],
                TimeoutMinutes = 20,
                Steps = [Step.Run("./deploy.sh")],
            };
        """;

    [Fact]
    public void Deploying_to_prd_without_the_org_scan_is_an_error_at_the_deploy_job() =>
        Reports("SPX8002", DiagnosticSeverity.Error, Workflow(DeployToPrd),
            "Job 'deploy' deploys to 'prd', so workflow 'deploy' must include the org job 'infra-security-scan' (org policy 'scan-before-prd' from Contoso.Infra)");

    [Fact]
    public void Deploying_to_prd_after_the_org_scan_follows_every_policy() =>
        Assert.DoesNotContain(OrgHarness.RunConsumer(OrgHarness.Org, Workflow(DeployToPrdAfterScan)).Diagnostics, d => d.Id.StartsWith("SPX8", StringComparison.Ordinal));

    [Fact]
    public void Workflow_that_deploys_nowhere_needs_no_scan() =>
        Assert.DoesNotContain(
            OrgHarness.RunConsumer(OrgHarness.Org, Workflow(DeployToPrd.Replace("new(\"prd\")", "new(\"dev\")", StringComparison.Ordinal).Replace("[|", "", StringComparison.Ordinal).Replace("|]", "", StringComparison.Ordinal))).Diagnostics,
            d => d.Id.StartsWith("SPX8", StringComparison.Ordinal));

    [Fact]
    public void Job_without_permissions_breaks_a_warning_policy_with_the_org_chosen_severity() =>
        Reports("SPX8003", DiagnosticSeverity.Warning, Workflow("""
                public static Job [|Build|] => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("dotnet build")] };
            """),
            "Job 'build' must declare its own Permissions (org policy 'job-permissions' from Contoso.Infra)");

    [Fact]
    public void Long_prd_deploy_is_an_error_at_the_timeout() =>
        Reports("SPX8002", DiagnosticSeverity.Error, Workflow(DeployToPrdAfterScan.Replace("TimeoutMinutes = 20", "TimeoutMinutes = [|90|]", StringComparison.Ordinal)),
            "Job 'deploy' deploys to 'prd' with TimeoutMinutes 90, more than 30 (org policy 'short-prd-deploys' from Contoso.Infra)");

    [Fact]
    public void Suppression_with_a_justification_exempts_the_workflow()
    {
        var source = Workflow(DeployToPrd.Replace("[|", "", StringComparison.Ordinal).Replace("|]", "", StringComparison.Ordinal),
            """[SuppressPolicy("scan-before-prd", Justification = "Static site: the CDN scans uploads (SEC-142)")]""");
        Assert.DoesNotContain(OrgHarness.RunConsumer(OrgHarness.Org, source).Diagnostics, d => d.Id.StartsWith("SPX8", StringComparison.Ordinal));
    }

    [Fact]
    public void Suppression_without_a_justification_is_an_error_and_suppresses_nothing()
    {
        var markup = Workflow(DeployToPrd.Replace("[|", "", StringComparison.Ordinal).Replace("|]", "", StringComparison.Ordinal), """[[|SuppressPolicy("scan-before-prd")|]]""");
        Reports("SPX8004", DiagnosticSeverity.Error, markup, "Workflow 'deploy' suppresses org policy 'scan-before-prd' without a Justification: say why, e.g. [SuppressPolicy(\"scan-before-prd\", Justification = \"...\")]");
        var (source, _) = Markup.Parse(markup);
        Assert.Contains(OrgHarness.RunConsumer(OrgHarness.Org, source).Diagnostics, d => d.Id == "SPX8002");
    }

    [Fact]
    public void Suppressing_a_policy_no_package_declares_is_an_error() =>
        Reports("SPX8005", DiagnosticSeverity.Error, Workflow(DeployToPrdAfterScan, """[[|SuppressPolicy("no-such-policy", Justification = "x")|]]"""),
            "Workflow 'deploy' suppresses 'no-such-policy', which no referenced org package declares");

    private static void Reports(string id, DiagnosticSeverity severity, string markup, string message)
    {
        var (source, span) = Markup.Parse(markup);
        var outcome = OrgHarness.RunConsumer(OrgHarness.Org, source);
        var matching = outcome.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got:\n{string.Join("\n", outcome.Diagnostics)}");
        var diagnostic = matching[0];
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal("Declarations0.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(source[span.Start..span.End], source[diagnostic.Location.SourceSpan.Start..diagnostic.Location.SourceSpan.End]);
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
