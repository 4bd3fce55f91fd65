using Microsoft.CodeAnalysis;
using Spectra.Generators.Tests.Infrastructure;
using static Spectra.Generators.Tests.Platform.DeploymentPolicySources;

namespace Spectra.Generators.Tests.Platform;

/// <summary>
/// MinReplicas and RequireResourceLimits, checked on each [Service] of the product per environment and reported at
/// the value that breaks them (or the service, when a default does).
/// </summary>
public sealed class DeploymentPolicyTests
{
    [Fact]
    public void Prd_override_with_one_replica_is_an_error_at_the_replica_value() =>
        DiagnosticAssert.Reports("SPX8002", DiagnosticSeverity.Error, Service(MemoryLimit, "Replicas = [|1|]"),
            "Service 'api' in 'production': Replicas is 1, fewer than 2 (org policy 'prd-replicas' from Contoso.Infra)",
            source => Run(Errors, source, Environments));

    [Fact]
    public void Autoscaling_minimum_below_the_policy_is_reported_at_min_replicas() =>
        DiagnosticAssert.Reports("SPX8002", DiagnosticSeverity.Error, Service(MemoryLimit + " Autoscaling = new() { MinReplicas = [|1|], MaxReplicas = 4 },", ""),
            "Service 'api' in 'production': Autoscaling.MinReplicas is 1, fewer than 2",
            source => Run(Errors, source, Environments));

    [Fact]
    public void Defaulted_replicas_are_reported_at_the_service() =>
        DiagnosticAssert.Reports("SPX8002", DiagnosticSeverity.Error, Service(MemoryLimit, "").Replace("class Api", "class [|Api|]", StringComparison.Ordinal),
            "Service 'api' in 'production': Replicas defaults to 1, fewer than 2",
            source => Run(Errors, source, Environments));

    [Fact]
    public void Enough_prd_replicas_and_memory_limits_follow_every_policy() =>
        AssertNoPolicyDiagnostics(Run(Errors, Service(MemoryLimit, "Replicas = 2"), Environments));

    [Fact]
    public void Dev_may_run_one_replica() =>
        AssertNoPolicyDiagnostics(Run(Errors, Service(MemoryLimit + " Replicas = 1,", "Replicas = 3"), Environments));

    [Fact]
    public void Justified_suppression_on_the_service_exempts_it() =>
        AssertNoPolicyDiagnostics(Run(Errors, Service(MemoryLimit, "Replicas = 1", """[SuppressPolicy("prd-replicas", Justification = "Batch consumer: one pod by design (ARCH-12)")]"""), Environments));

    [Fact]
    public void Suppression_on_a_service_without_justification_is_an_error() =>
        DiagnosticAssert.Reports("SPX8004", DiagnosticSeverity.Error, Service(MemoryLimit, "Replicas = 2", """[[|SuppressPolicy("prd-replicas")|]]"""),
            "Service 'api' suppresses org policy 'prd-replicas' without a Justification",
            source => Run(Errors, source, Environments));

    [Fact]
    public void Org_chosen_warning_severity_gives_spx8003_for_replicas() =>
        DiagnosticAssert.Reports("SPX8003", DiagnosticSeverity.Warning, Service(MemoryLimit, "Replicas = [|1|]"),
            "Replicas is 1, fewer than 2 (org policy 'prd-replicas' from Contoso.Infra)",
            source => Run(Warnings, source, Environments));

    [Fact]
    public void Service_without_a_memory_limit_is_an_error_at_its_resources() =>
        DiagnosticAssert.Reports("SPX8002", DiagnosticSeverity.Error, Service("Resources = [|new() { Requests = new() { Memory = \"128Mi\" } }|],", "Replicas = 2"),
            "Service 'api' sets no memory limit in 'dev', 'production': set Resources.Limits.Memory (org policy 'memory-limits' from Contoso.Infra)",
            source => Run(Errors, source, Environments));

    [Fact]
    public void Memory_limit_set_only_for_prd_is_reported_for_the_other_environments() =>
        DiagnosticAssert.Reports("SPX8002", DiagnosticSeverity.Error,
            Service("Resources = [|new() { Requests = new() { Memory = \"128Mi\" } }|],", "Replicas = 2, Resources = new() { Limits = new() { Memory = \"1Gi\" } }"),
            "Service 'api' sets no memory limit in 'dev': set Resources.Limits.Memory",
            source => Run(Errors, source, Environments));

    [Fact]
    public void Org_chosen_warning_severity_gives_spx8003_for_memory_limits() =>
        DiagnosticAssert.Reports("SPX8003", DiagnosticSeverity.Warning, Service("Resources = [|new() { Requests = new() { Memory = \"128Mi\" } }|],", "Replicas = 2"),
            "sets no memory limit", source => Run(Warnings, source, Environments));

    [Fact]
    public void New_policies_round_trip_through_the_org_assembly_into_policy_models()
    {
        var product = OrgHarness.RunConsumer(Warnings, "public static class Empty {}");

        var org = Spectra.Generators.Platform.OrgModelReader.Read(product.Input);

        Assert.Empty(org.Problems);
        Assert.Equal(
            [
                new("Spectra.Policies.ResourceLimitsPolicy", "memory-limits", true, "Contoso.Infra", null, null, null, null, null),
                new("Spectra.Policies.PinnedActionsPolicy", "pinned-actions", true, "Contoso.Infra", null, null, null, null, null),
                new("Spectra.Policies.ApprovalPolicy", "prd-approval", true, "Contoso.Infra", null, null, "production", null, null),
                new("Spectra.Policies.MinReplicasPolicy", "prd-replicas", true, "Contoso.Infra", null, null, "production", null, 2),
            ],
            org.Policies.OrderBy(p => p.Id, StringComparer.Ordinal).ToArray<Spectra.Generators.Platform.PolicyModel>());
    }

    [Fact]
    public void Policy_can_name_its_environment_by_a_deployment_environment_of_the_org()
    {
        var (org, diagnostics) = OrgHarness.BuildOrg("""
            using Spectra;
            using Spectra.Policies;

            namespace Contoso.Infra;

            [Platform("infra")]
            public static class Platform
            {
                public static DeploymentEnvironment Production => new("production") { Id = "prd" };

                public static Policy PrdReplicas => Policy.MinReplicas("prd-replicas", Production, 2);

                public static Policy PrdApproval => Policy.RequireApproval("prd-approval", new DeploymentEnvironment("production"));
            }
            """);
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var outcome = Run(org, Service(MemoryLimit, "Replicas = 1"), Environments);

        Assert.Equal(["production", "production"], Spectra.Generators.Platform.OrgModelReader.Read(outcome.Input).Policies.Select(p => p.Environment));
        Assert.Contains(outcome.Diagnostics, d => d.Id == "SPX8002" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("Replicas is 1, fewer than 2", StringComparison.Ordinal));
    }

    internal static void AssertNoPolicyDiagnostics(GeneratorOutcome outcome) =>
        Assert.True(!outcome.Diagnostics.Any(d => d.Id.StartsWith("SPX8", StringComparison.Ordinal)), string.Join("\n", outcome.Diagnostics));
}
