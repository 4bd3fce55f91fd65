using Microsoft.CodeAnalysis;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Platform;

/// <summary>
/// An org package with the deployment and pinning policies, built once with the org's severity Error and once with
/// Warning, and the product declarations (environments, a service, a deploy workflow) the policy tests edit.
/// </summary>
internal static class DeploymentPolicySources
{
    private const string OrgTemplate = """
        using Spectra;
        using Spectra.Policies;

        namespace Contoso.Infra;

        [Platform("infra")]
        public static class Platform
        {
            public static Policy PrdReplicas => Policy.MinReplicas("prd-replicas", "production", 2, severity: PolicySeverity.SEVERITY);

            public static Policy PrdApproval => Policy.RequireApproval("prd-approval", "production", severity: PolicySeverity.SEVERITY);

            public static Policy PinnedActions => Policy.RequirePinnedActions("pinned-actions", severity: PolicySeverity.SEVERITY);

            public static Policy MemoryLimits => Policy.RequireResourceLimits("memory-limits", severity: PolicySeverity.SEVERITY);
        }
        """;

    private static MetadataReference? _errors;
    private static MetadataReference? _warnings;

    /// <summary>The org package whose policies are errors.</summary>
    public static MetadataReference Errors => _errors ??= OrgHarness.BuildOrg(OrgTemplate.Replace("SEVERITY", "Error", StringComparison.Ordinal)).Reference;

    /// <summary>The same policies, announced as warnings.</summary>
    public static MetadataReference Warnings => _warnings ??= OrgHarness.BuildOrg(OrgTemplate.Replace("SEVERITY", "Warning", StringComparison.Ordinal)).Reference;

    public const string Environments = """
        using System.Collections.Generic;
        using Spectra;

        namespace Contoso.Api;

        [Environments]
        public static class Envs
        {
            public static DeploymentEnvironment Dev => new("dev");

            public static DeploymentEnvironment Prd => new("production") { Id = "prd", RequiredReviewers = ["release-managers"] };

            public static IReadOnlyList<DeploymentEnvironment> Promotion => [Dev, Prd];
        }
        """;

    /// <summary>A service class; <paramref name="settings"/> and <paramref name="production"/> are object initializer bodies.</summary>
    public static string Service(string settings, string production, string attributes = "") => $$"""
        using Spectra;
        using Spectra.Policies;

        namespace Contoso.Api;

        {{attributes}}
        [Service("api")]
        public static class Api
        {
            public static ServiceSettings Settings => new()
            {
                Image = new("ghcr.io/contoso/api") { Tag = "1.0.0" },
                Ports = [new("http", 8080)],
                Probes = new() { Liveness = new("/healthz/live"), Readiness = new("/healthz/ready") },
                {{settings}}
            };

            public static Overrides<ServiceSettings> PerEnvironment => new()
            {
                [Envs.Prd] = new() { {{production}} },
            };
        }
        """;

    public const string MemoryLimit = "Resources = new() { Requests = new() { Cpu = \"100m\", Memory = \"128Mi\" }, Limits = new() { Memory = \"256Mi\" } },";

    /// <summary>A deploy workflow; <paramref name="environment"/> and <paramref name="step"/> are the deploy job's.</summary>
    public static string Workflow(string environment, string step, string attributes = "") => $$"""
        using Spectra;
        using Spectra.Policies;

        namespace Contoso.Api;

        {{attributes}}
        [Workflow("deploy")]
        public static class Delivery
        {
            public static Triggers On => new() { Push = new() };

            public static Job Deploy => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Permissions = new() { Contents = Access.Read },
                Environment = {{environment}},
                Steps = [Actions.Checkout(), {{step}}],
            };
        }
        """;

    public const string PinnedStep = "Step.Run(\"./deploy.sh\")";

    /// <summary>The product: the marked-up source first (diagnostics are asserted in Declarations0.cs), then the others.</summary>
    public static GeneratorOutcome Run(MetadataReference org, string source, params string[] others) =>
        OrgHarness.RunConsumer(org, [source, .. others]);
}
