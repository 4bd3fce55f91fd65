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

    /// <summary>
    /// The "standard service deployment" of the benchmark workload: the synthetic org's first service, in this
    /// file's namespace as <c>Contoso.Svc001</c>, so the tests and the benchmark cannot drift apart.
    /// </summary>
    public static string StandardService { get; } = Spectra.Benchmarks.SyntheticOrg.SyntheticOrg.Deployment(1)
        .Replace("namespace ExampleOrg.Platform;", "namespace Contoso;", StringComparison.Ordinal)
        .Replace("class Svc001Deployment", "class Svc001", StringComparison.Ordinal);

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
