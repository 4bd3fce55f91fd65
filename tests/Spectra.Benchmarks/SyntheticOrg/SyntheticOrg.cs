using System.Collections.Generic;
using System.Globalization;

namespace Spectra.Benchmarks.SyntheticOrg;

/// <summary>One C# file of the synthetic org: its path inside the declarations project and its text.</summary>
public sealed record OrgSource(string Path, string Text);

/// <summary>
/// The benchmark workload of ../shared/bench-workload.md as Spectra declarations, at any size: per service svc-NNN
/// the "standard service pipeline" workflow and the "standard service deployment" (dev, tst, stg, prd), plus the one
/// shared [Environments] class. Compiled from source text (not hand-written files), so the size is a parameter.
/// Shared by the benchmarks, the equivalence test and eng/bench-build.py (through <c>Spectra.Benchmarks materialize</c>).
/// </summary>
public static class SyntheticOrg
{
    public const string Namespace = "ExampleOrg.Platform";

    public static IReadOnlyList<OrgSource> Sources(int services)
    {
        var sources = new List<OrgSource>(2 * services + 1) { new("Environments.cs", Environments) };
        for (var i = 1; i <= services; i++)
        {
            sources.Add(new($"Services/{TypeName(i)}.Pipeline.cs", Pipeline(i)));
            sources.Add(new($"Services/{TypeName(i)}.Deployment.cs", Deployment(i)));
        }

        return sources;
    }

    /// <summary>"svc-007" for 7: three digits up to 999, as the workload names them.</summary>
    public static string ServiceName(int index) => "svc-" + index.ToString("000", CultureInfo.InvariantCulture);

    public static string TypeName(int index) => "Svc" + index.ToString("000", CultureInfo.InvariantCulture);

    /// <summary>Path of the pipeline source of service <paramref name="index"/> (the file a one-line edit touches).</summary>
    public static string PipelinePath(int index) => $"Services/{TypeName(index)}.Pipeline.cs";

    /// <summary>The line the "one-line edit" benchmarks change in a pipeline (the lint job's timeout).</summary>
    public const string EditableLine = "TimeoutMinutes = 10, // lint";

    /// <summary>A different value in every round: a value seen before could be served by the generator's evaluation cache.</summary>
    public static string EditedLine(int round) => $"TimeoutMinutes = {11 + round}, // lint";

    public const string Environments = """
        using System.Collections.Generic;
        using Spectra;

        namespace ExampleOrg.Platform;

        [Environments]
        public static class Envs
        {
            public static DeploymentEnvironment Dev => new("dev") { Labels = new() { ["example.com/environment"] = "dev" } };
            public static DeploymentEnvironment Tst => new("tst") { Labels = new() { ["example.com/environment"] = "tst" } };
            public static DeploymentEnvironment Stg => new("staging") { Id = "stg", Labels = new() { ["example.com/environment"] = "stg" } };
            public static DeploymentEnvironment Prd => new("production")
            {
                Id = "prd",
                AutoSync = false,
                RequiredReviewers = ["release-managers"],
                Labels = new() { ["example.com/environment"] = "prd" },
            };

            public static IReadOnlyList<DeploymentEnvironment> Promotion => [Dev, Tst, Stg, Prd];

            public static GitOpsRepository GitOps => new("https://github.com/example-org/platform.git");

            public static ActionStep Checkout => Actions.Checkout(persistCredentials: false);
        }

        """;

    public static string Pipeline(int index)
    {
        var name = ServiceName(index);
        var type = TypeName(index);
        return $$$"""
            using System.Collections.Generic;
            using Spectra;

            namespace ExampleOrg.Platform;

            [Workflow("{{{name}}}")]
            public static class {{{type}}}Pipeline
            {
                public static string Name => "{{{name}}} CI/CD";

                public static Triggers On => new()
                {
                    Push = new() { Branches = ["main"] },
                    PullRequest = new() { Branches = ["main"] },
                    WorkflowDispatch = new(),
                };

                public static Concurrency Concurrency => new() { Group = "{{{name}}}-${{ github.ref }}", CancelInProgress = true };

                public static Dictionary<string, string> Env => new()
                {
                    ["SERVICE_NAME"] = "{{{name}}}",
                    ["REGISTRY"] = "ghcr.io",
                    ["IMAGE_NAME"] = "${{ github.repository_owner }}/{{{name}}}",
                    ["DOTNET_NOLOGO"] = "true",
                };

                public static Job Lint => new()
                {
                    RunsOn = Runner.Ubuntu2404,
                    Permissions = new() { Contents = Access.Read },
                    {{{EditableLine}}}
                    Steps =
                    [
                        Envs.Checkout,
                        Actions.SetupDotnet("9.0.x"),
                        Step.Run("dotnet restore"),
                        Step.Run("dotnet format --verify-no-changes --no-restore"),
                    ],
                };

                public static Job Test => new()
                {
                    RunsOn = "${{ matrix.os }}",
                    Permissions = new() { Contents = Access.Read },
                    TimeoutMinutes = 20,
                    Strategy = new()
                    {
                        Matrix = { ["os"] = [Runner.Ubuntu2404, Runner.Windows2022], ["dotnet"] = ["8.0.x", "9.0.x"] },
                        FailFast = false,
                    },
                    Steps =
                    [
                        Envs.Checkout,
                        Actions.SetupDotnet("${{ matrix.dotnet }}"),
                        Step.Run("dotnet restore"),
                        Step.Run("dotnet build --no-restore --configuration Release"),
                        Step.Run("dotnet test --no-build --configuration Release --logger trx --results-directory TestResults"),
                        Actions.UploadArtifact("test-results-${{ matrix.os }}-${{ matrix.dotnet }}", "TestResults") with { If = "${{ always() }}" },
                    ],
                };

                public static Job BuildImage => new()
                {
                    Needs = [Test],
                    RunsOn = Runner.Ubuntu2404,
                    Permissions = new() { Contents = Access.Read, Packages = Access.Write },
                    Outputs = new() { ["digest"] = "${{ steps.push.outputs.digest }}" },
                    TimeoutMinutes = 30,
                    Steps =
                    [
                        Envs.Checkout,
                        Actions.DockerSetupBuildx(),
                        Actions.DockerLogin("ghcr.io", "${{ github.actor }}", Secrets.GitHubToken),
                        Actions.DockerMetadata(images: "ghcr.io/${{ github.repository_owner }}/{{{name}}}") with { Id = "meta" },
                        Actions.DockerBuildPush(
                            context: ".",
                            push: "${{ github.event_name != 'pull_request' }}",
                            tags: "${{ steps.meta.outputs.tags }}",
                            labels: "${{ steps.meta.outputs.labels }}") with { Id = "push" },
                    ],
                };

                public static Job Scan => new()
                {
                    Needs = [BuildImage],
                    RunsOn = Runner.Ubuntu2404,
                    Permissions = new() { Contents = Access.Read, SecurityEvents = Access.Write },
                    TimeoutMinutes = 15,
                    Steps =
                    [
                        Envs.Checkout,
                        Step.Action("aquasecurity/trivy-action@0.28.0") with
                        {
                            With = new()
                            {
                                ["image-ref"] = "ghcr.io/${{ github.repository_owner }}/{{{name}}}@${{ needs.build-image.outputs.digest }}",
                                ["format"] = "sarif",
                                ["output"] = "trivy.sarif",
                            },
                        },
                        Step.Action("github/codeql-action/upload-sarif@v3") with { With = new() { ["sarif_file"] = "trivy.sarif" } },
                    ],
                };

                public static Job DeployStaging => new()
                {
                    Needs = [Scan],
                    If = "github.ref == 'refs/heads/main'",
                    RunsOn = Runner.Ubuntu2404,
                    Environment = Envs.Stg,
                    Permissions = new() { Contents = Access.Read, IdToken = Access.Write },
                    Concurrency = new() { Group = "deploy-staging-{{{name}}}" },
                    Env = new() { ["KUBE_NAMESPACE"] = "stg" },
                    Steps =
                    [
                        Envs.Checkout,
                        Step.Action("azure/setup-kubectl@v4"),
                        Step.Action("azure/k8s-set-context@v4") with { With = new() { ["method"] = "kubeconfig", ["kubeconfig"] = Secrets.Get("KUBECONFIG_STAGING") } },
                        Step.Run("kubectl apply --namespace $KUBE_NAMESPACE -f deploy/{{{name}}}/stg/manifests.yaml"),
                        Step.Run("kubectl rollout status deployment/{{{name}}} --namespace $KUBE_NAMESPACE --timeout 5m"),
                    ],
                };

                public static Job DeployProduction => new()
                {
                    Needs = [DeployStaging],
                    If = "github.ref == 'refs/heads/main'",
                    RunsOn = Runner.Ubuntu2404,
                    Environment = Envs.Prd with { Url = "https://{{{name}}}.example.com" },
                    Permissions = new() { Contents = Access.Read, IdToken = Access.Write },
                    Concurrency = new() { Group = "deploy-production-{{{name}}}" },
                    Env = new() { ["KUBE_NAMESPACE"] = "prd" },
                    Steps =
                    [
                        Envs.Checkout,
                        Step.Action("azure/setup-kubectl@v4"),
                        Step.Action("azure/k8s-set-context@v4") with { With = new() { ["method"] = "kubeconfig", ["kubeconfig"] = Secrets.Get("KUBECONFIG_PRODUCTION") } },
                        Step.Run("kubectl apply --namespace $KUBE_NAMESPACE -f deploy/{{{name}}}/prd/manifests.yaml"),
                        Step.Run("kubectl rollout status deployment/{{{name}}} --namespace $KUBE_NAMESPACE --timeout 5m"),
                    ],
                };
            }

            """;
    }

    /// <summary>The standard deployment: the generator test's snapshot service, renamed per index.</summary>
    public static string Deployment(int index)
    {
        var name = ServiceName(index);
        var type = TypeName(index);
        return $$"""
            using System.Collections.Generic;
            using Spectra;

            namespace ExampleOrg.Platform;

            [Service("{{name}}")]
            public static class {{type}}Deployment
            {
                private static ComputeResources Size(string cpu, string cpuLimit, string memory, string memoryLimit) => new()
                {
                    Requests = new() { Cpu = cpu, Memory = memory },
                    Limits = new() { Cpu = cpuLimit, Memory = memoryLimit },
                };

                public static ServiceSettings Settings => new()
                {
                    Image = new("ghcr.io/example-org/{{name}}") { Tag = "1.4.2" },
                    Ports = [new("http", 8080) { ServicePort = 80 }],
                    PartOf = "example-shop",
                    Config = new()
                    {
                        ["ASPNETCORE_ENVIRONMENT"] = "Development",
                        ["ASPNETCORE_URLS"] = "http://+:8080",
                        ["Logging__LogLevel__Default"] = "Debug",
                        ["SERVICE_NAME"] = "{{name}}",
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
                        Host = "{{name}}.dev.example.com",
                        TlsSecret = "{{name}}-tls",
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
                        Ingress = new() { Host = "{{name}}.tst.example.com" },
                    },
                    [Envs.Stg] = new()
                    {
                        Config = new() { ["ASPNETCORE_ENVIRONMENT"] = "Staging", ["Logging__LogLevel__Default"] = "Information" },
                        Resources = Size("250m", "1000m", "256Mi", "512Mi"),
                        Autoscaling = new() { MinReplicas = 2, MaxReplicas = 5 },
                        Disruption = new() { MinAvailable = 1 },
                        Ingress = new() { Host = "{{name}}.stg.example.com" },
                    },
                    [Envs.Prd] = new()
                    {
                        Config = new() { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Logging__LogLevel__Default"] = "Warning" },
                        Resources = Size("500m", "2000m", "512Mi", "1024Mi"),
                        Autoscaling = new() { MinReplicas = 3, MaxReplicas = 10 },
                        Disruption = new() { MinAvailable = 2 },
                        Ingress = new() { Host = "{{name}}.example.com" },
                    },
                };
            }

            """;
    }
}
