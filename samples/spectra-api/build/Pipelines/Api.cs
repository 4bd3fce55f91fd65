using static SpectraApi.Pipelines.Conventions;

namespace SpectraApi.Pipelines;

/// <summary>
/// The API as it runs in Kubernetes: one declaration for every environment, and only what differs per environment.
/// The build writes deploy/spectra-api/{env}/manifests.yaml, the chart in deploy/charts/spectra-api and the Argo CD
/// applications in deploy/argocd.
/// </summary>
[Service(Service)]
public static class Api
{
    private static ComputeResources Size(string cpu, string cpuLimit, string memory, string memoryLimit) => new()
    {
        Requests = new() { Cpu = cpu, Memory = memory },
        Limits = new() { Cpu = cpuLimit, Memory = memoryLimit },
    };

    private static IngressSettings Host(string host) => new() { Host = host };

    public static ServiceSettings Settings => new()
    {
        Image = new(Image) { Tag = "1.4.2" },
        Ports = [new("http", 8080) { ServicePort = 80 }],
        PartOf = "spectra",
        Config = new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = "http://+:8080",
            ["Logging__LogLevel__Default"] = "Debug",
            ["SERVICE_NAME"] = Service,
        },
        Secrets = new() { ["ConnectionStrings__Db"] = new($"{Service}-db", "connection-string") },
        Resources = Size("100m", "500m", "128Mi", "256Mi"),
        Probes = new()
        {
            Liveness = new("/healthz/live") { PeriodSeconds = 10 },
            Readiness = new("/healthz/ready") { PeriodSeconds = 10 },
            Startup = new("/healthz/startup") { PeriodSeconds = 10, FailureThreshold = 30 },
        },
        Autoscaling = new() { MinReplicas = 1, MaxReplicas = 2, CpuUtilization = 70 },
        Ingress = new()
        {
            ClassName = "nginx",
            Host = "api.dev.spectra.example",
            TlsSecret = $"{Service}-tls",
            Annotations = new() { ["cert-manager.io/cluster-issuer"] = "letsencrypt" },
        },
        Network = new() { AllowFrom = [new() { Namespace = "ingress-nginx" }], AllowTo = [new() { Cidr = "10.40.0.0/16", Ports = [5432] }] },
        ScheduledJobs = [new("purge-sessions", "0 3 * * *") { Command = ["dotnet", "SpectraApi.dll", "purge-sessions"], TimeZone = "Etc/UTC" }],
    };

    public static Overrides<ServiceSettings> PerEnvironment => new()
    {
        [Environments.Dev] = new() { Disruption = new() { MaxUnavailable = 1 } },
        [Environments.Tst] = new()
        {
            Autoscaling = new() { MaxReplicas = 3 },
            Disruption = new() { MaxUnavailable = 1 },
            Ingress = Host("api.tst.spectra.example"),
        },
        [Environments.Staging] = new()
        {
            Config = new() { ["ASPNETCORE_ENVIRONMENT"] = "Staging", ["Logging__LogLevel__Default"] = "Information" },
            Resources = Size("250m", "1000m", "256Mi", "512Mi"),
            Autoscaling = new() { MinReplicas = 2, MaxReplicas = 5 },
            Disruption = new() { MinAvailable = 1 },
            Ingress = Host("api.stg.spectra.example"),
        },
        [Environments.Production] = new()
        {
            Config = new() { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Logging__LogLevel__Default"] = "Warning" },
            Secrets = new() { ["ConnectionStrings__Db"] = new($"{Service}-db-prd", "connection-string") },
            Resources = Size("500m", "2000m", "512Mi", "1024Mi"),
            Autoscaling = new() { MinReplicas = 3, MaxReplicas = 10 },
            Disruption = new() { MinAvailable = 2 },
            Ingress = Host("api.spectra.example"),
        },
    };
}
