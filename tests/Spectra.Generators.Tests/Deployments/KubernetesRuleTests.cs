using Microsoft.CodeAnalysis;
using Spectra.Generators.Tests.Infrastructure;
using static Spectra.Generators.Tests.Deployments.DeploymentRuleSources;
using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace Spectra.Generators.Tests.Deployments;

/// <summary>One test per SPX2xxx rule: id, severity, the exact expression it points at, and the message.</summary>
public sealed class KubernetesRuleTests
{
    private static readonly string Envs = Environments();

    [Fact]
    public void Valid_service_has_no_diagnostic() => GeneratorHarness.Run(Service(), Envs).AssertClean();

    [Fact]
    public void Service_name_that_is_not_a_dns_label_is_reported_at_the_attribute() =>
        Reports("SPX2001", Service(name: "[|\"Api_Service\"|]"), "'Api_Service' is not a valid name for the Deployment and Service", Envs);

    [Fact]
    public void Derived_cronjob_name_over_52_characters_is_reported_at_the_job_name() =>
        Reports("SPX2001", Service("ScheduledJobs = [new([|\"a-very-long-cleanup-job-name-that-keeps-going-on-and-on\"|], \"0 3 * * *\")],"),
            "more than 52", Envs);

    [Fact]
    public void Invalid_label_key_is_reported_at_the_label() =>
        Reports("SPX2002", Service("Labels = new() { [\"team name\"] = [|\"payments\"|] },"), "Label key 'team name' is invalid", Envs);

    [Fact]
    public void Invalid_label_value_is_reported_at_the_value() =>
        Reports("SPX2002", Service("Labels = new() { [\"team\"] = [|\"payments & billing\"|] },"), "Label value 'payments & billing' is invalid", Envs);

    [Fact]
    public void Port_name_longer_than_15_characters_is_reported() =>
        Reports("SPX2003", Service(ports: "Ports = [new([|\"http-management-api\"|], 8080)],"), "more than 15", Envs);

    [Fact]
    public void Duplicate_port_number_is_reported_at_the_second_port() =>
        Reports("SPX2004", Service(ports: "Ports = [new(\"http\", 8080), new(\"admin\", [|8080|])],"), "Port number '8080' is declared more than once", Envs);

    [Fact]
    public void Variable_in_config_and_secrets_is_reported_at_the_secret() =>
        Reports("SPX2005", Service("""
            Config = new() { ["DB"] = "x" },
            Secrets = new() { ["DB"] = [|new("db", "connection")|] },
            """), "'DB' of service 'api' is declared both in Config and in Secrets", Envs);

    [Theory]
    [InlineData("512mb", "units like 'mb'")]
    [InlineData("1m", "a fraction of a byte")]
    public void Invalid_memory_quantity_is_reported_at_the_literal(string quantity, string reason) =>
        Reports("SPX2006", Service(resources: $"Resources = new() {{ Requests = new() {{ Cpu = \"100m\", Memory = [|\"{quantity}\"|] }}, Limits = new() {{ Memory = \"1Gi\" }} }},"), reason, Envs);

    [Fact]
    public void Decimal_memory_suffix_is_a_warning_that_suggests_the_binary_one() =>
        DeploymentHarness.Reports("SPX2007", DiagnosticSeverity.Warning,
            Service(resources: "Resources = new() { Requests = new() { Cpu = \"100m\", Memory = \"128Mi\" }, Limits = new() { Memory = [|\"500M\"|] } },"), "did you mean '500Mi'?", Envs);

    [Fact]
    public void Request_above_limit_is_reported_at_the_request_with_the_environment() =>
        Reports("SPX2008", Service(resources: "Resources = new() { Requests = new() { Cpu = [|\"2\"|], Memory = \"128Mi\" }, Limits = new() { Cpu = \"500m\", Memory = \"256Mi\" } },"),
            "The cpu request 2 is greater than the cpu limit 500m in environment 'dev, tst, stg, prd'", Envs);

    [Fact]
    public void Request_above_a_limit_lowered_in_one_environment_names_that_environment() =>
        Reports("SPX2008", Service(
            resources: "Resources = new() { Requests = new() { Cpu = \"100m\", Memory = [|\"512Mi\"|] }, Limits = new() { Memory = \"1Gi\" } },",
            overrides: "[Envs.Prd] = new() { Resources = new() { Limits = new() { Memory = \"256Mi\" } } },"),
            "in environment 'prd'", Envs);

    [Fact]
    public void Autoscaling_minimum_above_maximum_is_reported_at_the_override() =>
        Reports("SPX2009", Service("Autoscaling = new() { MinReplicas = 1, MaxReplicas = 3, CpuUtilization = 70 },",
            overrides: "[Envs.Prd] = new() { Autoscaling = new() { MinReplicas = [|5|] } },"),
            "MinReplicas 5 is greater than MaxReplicas 3", Envs);

    [Fact]
    public void Cpu_utilization_without_cpu_request_is_reported() =>
        Reports("SPX2010", Service("Autoscaling = new() { MinReplicas = 1, MaxReplicas = 3, CpuUtilization = [|70|] },",
            resources: "Resources = new() { Requests = new() { Memory = \"128Mi\" }, Limits = new() { Memory = \"256Mi\" } },"),
            "needs a cpu request", Envs);

    [Fact]
    public void Disruption_budget_that_blocks_every_eviction_is_a_warning() =>
        DeploymentHarness.Reports("SPX2011", DiagnosticSeverity.Warning,
            Service("Replicas = 2, Disruption = new() { MinAvailable = [|2|] },"), "MinAvailable 2 is not below the 2 pod(s)", Envs);

    [Fact]
    public void Probe_on_an_undeclared_port_is_reported_at_the_port() =>
        Reports("SPX2012", Service(probes: "Probes = new() { Liveness = new(\"/live\") { Port = [|\"admin\"|] }, Readiness = new(\"/ready\") },"),
            "The liveness probe uses port 'admin'", Envs);

    [Fact]
    public void Ingress_routing_to_an_undeclared_port_is_reported() =>
        Reports("SPX2013", Service("Ingress = new() { Host = \"api.example.com\", Port = [|\"web\"|] },"), "routes to port 'web'", Envs);

    [Theory]
    [InlineData("https://api.example.com", "no scheme, port or path")]
    [InlineData("api.*.example.com", "wildcard")]
    [InlineData("API.example.com", "lowercase")]
    public void Invalid_ingress_host_is_reported_at_the_host(string host, string reason) =>
        Reports("SPX2014", Service($"Ingress = new() {{ Host = [|\"{host}\"|] }},"), reason, Envs);

    [Fact]
    public void Ingress_path_without_leading_slash_is_reported_at_the_path() =>
        Reports("SPX2015", Service("Ingress = new() { Host = \"api.example.com\", Paths = [\"/\", [|\"api\"|]] },"), "must start with '/'", Envs);

    [Fact]
    public void Invalid_cron_schedule_is_reported_at_the_schedule() =>
        Reports("SPX2016", Service("ScheduledJobs = [new(\"cleanup\", [|\"0 25 * * *\"|])],"), "'0 25 * * *' is not a valid cron expression", Envs);

    [Fact]
    public void Offset_instead_of_time_zone_is_reported() =>
        Reports("SPX2017", Service("ScheduledJobs = [new(\"cleanup\", \"0 3 * * *\") { TimeZone = [|\"UTC+02:00\"|] }],"), "offsets are not time zones", Envs);

    [Fact]
    public void Object_newer_than_the_environment_cluster_is_reported_at_its_version() =>
        Reports("SPX2018", """
            using Spectra;
            namespace Contoso;
            [Environments]
            public static class Envs { public static DeploymentEnvironment Old => new("old") { KubernetesVersion = [|"1.22"|] }; }
            """,
            "HorizontalPodAutoscaler autoscaling/v2 needs Kubernetes 1.23 or later, but environment 'old' runs Kubernetes 1.22",
            Service("Autoscaling = new() { MinReplicas = 1, MaxReplicas = 3, CpuUtilization = 70 },"));

    [Fact]
    public void Latest_tag_is_reported_at_the_tag() =>
        Reports("SPX2019", Service(image: "Image = new(\"ghcr.io/contoso/api\") { Tag = [|\"latest\"|] },"), "uses the tag 'latest'", Envs);

    [Fact]
    public void Untagged_image_is_reported_at_the_image() =>
        Reports("SPX2019", Service(image: "Image = [|new(\"ghcr.io/contoso/api\")|],"), "neither a tag nor a digest", Envs);

    [Fact]
    public void Tag_in_an_environment_that_requires_digests_is_reported() =>
        Reports("SPX2020", Service(image: "Image = new(\"ghcr.io/contoso/api\") { Tag = [|\"1.0.0\"|] },"), "Environment 'prd' requires images pinned by digest",
            """
            using Spectra;
            namespace Contoso;
            [Environments]
            public static class Envs { public static DeploymentEnvironment Prd => new("prd") { RequireImageDigest = true }; }
            """);

    [Fact]
    public void Missing_memory_limit_is_reported_at_the_resources() =>
        Reports("SPX2021", Service(resources: "Resources = [|new() { Requests = new() { Cpu = \"100m\", Memory = \"128Mi\" } }|],"), "has no memory limit", Envs);

    [Fact]
    public void Missing_readiness_probe_is_reported_at_the_probes() =>
        Reports("SPX2022", Service(probes: "Probes = [|new() { Liveness = new(\"/live\") }|],"), "has no readiness probe in environment 'dev, tst, stg, prd'", Envs);

    [Fact]
    public void Opt_out_without_a_real_reason_is_reported_at_the_reason() =>
        Reports("SPX2023", Service("Security = new() { WritableRootFilesystem = new([|\"legacy\"|]) },"), "'Security.WritableRootFilesystem' relaxes a secure default", Envs);

    [Fact]
    public void Justified_opt_out_is_accepted() =>
        GeneratorHarness.Run(Service("Security = new() { WritableRootFilesystem = new(\"the vendor SDK writes its cache next to the binary\") },"), Envs).AssertClean();

    [Fact]
    public void Root_user_without_opt_out_is_reported() =>
        Reports("SPX2024", Service("Security = new() { RunAsUser = [|0|] },"), "runs as user 0 (root)", Envs);

    [Fact]
    public void Config_key_with_a_space_is_reported() =>
        Reports("SPX2025", Service("Config = new() { [\"Log Level\"] = [|\"Debug\"|] },"), "'Log Level' cannot be a ConfigMap key", Envs);

    [Fact]
    public void Replicas_with_autoscaling_is_a_warning_at_replicas() =>
        DeploymentHarness.Reports("SPX2026", DiagnosticSeverity.Warning,
            Service("Replicas = [|2|], Autoscaling = new() { MinReplicas = 1, MaxReplicas = 3, CpuUtilization = 70 },"), "the autoscaler owns the replica count", Envs);

    [Fact]
    public void Network_peer_with_pods_and_cidr_is_reported() =>
        Reports("SPX2027", Service("Network = new() { AllowFrom = [[|new() { Namespace = \"web\", Cidr = \"10.0.0.0/8\" }|]] },"), "not both", Envs);

    [Fact]
    public void Service_without_image_is_reported_at_the_settings() =>
        Reports("SPX2028", Service(image: "").Replace("public static ServiceSettings Settings", "public static ServiceSettings [|Settings|]", StringComparison.Ordinal),
            "Service 'api' has no image in environment 'dev, tst, stg, prd'", Envs);
}
