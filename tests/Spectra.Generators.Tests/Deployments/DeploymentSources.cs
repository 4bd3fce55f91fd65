namespace Spectra.Generators.Tests.Deployments;

/// <summary>Declarations for the deployment tests: the four environments and the benchmark's standard service.</summary>
internal static class DeploymentSources
{
    public const string Environments = """
        using System.Collections.Generic;
        using Spectra;

        namespace Contoso;

        [Environments]
        public static class Envs
        {
            public static DeploymentEnvironment Dev => new("dev") { Labels = new() { ["example.com/environment"] = "dev" } };
            public static DeploymentEnvironment Tst => new("tst") { Labels = new() { ["example.com/environment"] = "tst" } };
            public static DeploymentEnvironment Stg => new("staging") { Id = "stg", Labels = new() { ["example.com/environment"] = "stg" } };
            public static DeploymentEnvironment Prd => new("production")
            {
                Id = "prd",
                Url = "https://svc-001.example.com",
                AutoSync = false,
                RequiredReviewers = ["release-managers"],
                Labels = new() { ["example.com/environment"] = "prd" },
            };

            public static IReadOnlyList<DeploymentEnvironment> Promotion => [Dev, Tst, Stg, Prd];

            public static GitOpsRepository GitOps => new("https://github.com/example-org/platform.git");
        }
        """;

    /// <summary>The "standard service deployment" of the benchmark workload.</summary>
    public const string StandardService = """
        using System.Collections.Generic;
        using Spectra;

        namespace Contoso;

        [Service("svc-001")]
        public static class Svc001
        {
            private static ComputeResources Size(string cpu, string cpuLimit, string memory, string memoryLimit) => new()
            {
                Requests = new() { Cpu = cpu, Memory = memory },
                Limits = new() { Cpu = cpuLimit, Memory = memoryLimit },
            };

            public static ServiceSettings Settings => new()
            {
                Image = new("ghcr.io/example-org/svc-001") { Tag = "1.4.2" },
                Ports = [new("http", 8080) { ServicePort = 80 }],
                PartOf = "example-shop",
                Config = new()
                {
                    ["ASPNETCORE_ENVIRONMENT"] = "Development",
                    ["ASPNETCORE_URLS"] = "http://+:8080",
                    ["Logging__LogLevel__Default"] = "Debug",
                    ["SERVICE_NAME"] = "svc-001",
                },
                Resources = Size("100m", "500m", "128Mi", "256Mi"),
                Probes = new()
                {
                    Liveness = new("/healthz/live") { PeriodSeconds = 10 },
                    Readiness = new("/healthz/ready") { PeriodSeconds = 10 },
                    Startup = new("/healthz/startup") { PeriodSeconds = 10, FailureThreshold = 30 },
                },
                Security = new() { RunAsUser = 10001 },
                Autoscaling = new() { MinReplicas = 1, MaxReplicas = 2, CpuUtilization = 70 },
                Ingress = new()
                {
                    ClassName = "nginx",
                    Host = "svc-001.dev.example.com",
                    TlsSecret = "svc-001-tls",
                    Annotations = new() { ["cert-manager.io/cluster-issuer"] = "letsencrypt" },
                },
            };

            public static Overrides<ServiceSettings> PerEnvironment => new()
            {
                [Envs.Dev] = new() { Disruption = new() { MaxUnavailable = 1 } },
                [Envs.Tst] = new()
                {
                    Autoscaling = new() { MaxReplicas = 3 },
                    Disruption = new() { MaxUnavailable = 1 },
                    Ingress = new() { Host = "svc-001.tst.example.com" },
                },
                [Envs.Stg] = new()
                {
                    Config = new() { ["ASPNETCORE_ENVIRONMENT"] = "Staging", ["Logging__LogLevel__Default"] = "Information" },
                    Resources = Size("250m", "1000m", "256Mi", "512Mi"),
                    Autoscaling = new() { MinReplicas = 2, MaxReplicas = 5 },
                    Disruption = new() { MinAvailable = 1 },
                    Ingress = new() { Host = "svc-001.stg.example.com" },
                },
                [Envs.Prd] = new()
                {
                    Config = new() { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Logging__LogLevel__Default"] = "Warning" },
                    Resources = Size("500m", "2000m", "512Mi", "1024Mi"),
                    Autoscaling = new() { MinReplicas = 3, MaxReplicas = 10 },
                    Disruption = new() { MinAvailable = 2 },
                    Ingress = new() { Host = "svc-001.example.com" },
                },
            };
        }
        """;

    /// <summary>Every optional part: service account, secrets, network policy, CronJob, justified opt-outs.</summary>
    public const string KitchenSinkService = """
        using System.Collections.Generic;
        using Spectra;

        namespace Contoso;

        [Service("kitchen-sink")]
        public static class KitchenSink
        {
            public static ServiceSettings Settings => new()
            {
                Image = new("ghcr.io/example-org/kitchen-sink") { Tag = "2.0.1" },
                Ports = [new("http", 8080) { ServicePort = 80 }, new("metrics", 9090)],
                Replicas = 2,
                Config = new() { ["FEATURE_FLAGS"] = "none", ["UPSTREAM_URL"] = Setting.Required },
                Secrets = new() { ["ConnectionStrings__Db"] = new("kitchen-sink-db", "connection-string") },
                Resources = new() { Requests = new() { Cpu = "100m", Memory = "128Mi" }, Limits = new() { Memory = "256Mi" } },
                Probes = new() { Liveness = new("/healthz/live"), Readiness = new("/healthz/ready") { Port = "http", TimeoutSeconds = 2 } },
                ServiceAccount = new()
                {
                    Annotations = new() { ["azure.workload.identity/client-id"] = "00000000-0000-0000-0000-000000000000" },
                    MountToken = new("reads ConfigMaps of its namespace through the Kubernetes API"),
                },
                Security = new() { WritableRootFilesystem = new("the vendor library unpacks native code next to itself") },
                Network = new()
                {
                    AllowFrom = [new() { Namespace = "ingress-nginx" }, new() { PodLabels = new() { ["app.kubernetes.io/name"] = "prometheus" } }],
                    AllowTo = [new() { Cidr = "10.20.0.0/16", Ports = [5432] }],
                },
                ScheduledJobs = [new("cleanup", "0 3 * * *") { Command = ["dotnet", "KitchenSink.dll", "cleanup"], TimeZone = "Europe/Amsterdam", BackoffLimit = 2 }],
                Disruption = new() { MaxUnavailable = 1 },
            };

            public static Overrides<ServiceSettings> PerEnvironment => new()
            {
                [Envs.Dev] = new() { Config = new() { ["UPSTREAM_URL"] = "http://upstream.dev.svc.cluster.local" } },
                [Envs.Tst] = new() { Config = new() { ["UPSTREAM_URL"] = "http://upstream.tst.svc.cluster.local" } },
                [Envs.Stg] = new() { Config = new() { ["UPSTREAM_URL"] = "http://upstream.stg.svc.cluster.local" } },
                [Envs.Prd] = new()
                {
                    Config = new() { ["UPSTREAM_URL"] = "http://upstream.prd.svc.cluster.local" },
                    Secrets = new() { ["ConnectionStrings__Db"] = new("kitchen-sink-db-prd", "connection-string") },
                    Replicas = 3,
                },
            };
        }
        """;
}
