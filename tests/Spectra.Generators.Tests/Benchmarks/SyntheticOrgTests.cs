using Spectra.Benchmarks.SyntheticOrg;
using Spectra.Generators.Tests.Deployments;
using Spectra.Generators.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Spectra.Generators.Tests.Benchmarks;

/// <summary>The benchmarks' synthetic org renders exactly the workload of ../shared/bench-workload.md.</summary>
public class SyntheticOrgTests
{
    private static readonly string[] Environments = ["dev", "tst", "stg", "prd"];

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Every_service_gets_the_standard_pipeline(int services)
    {
        var outcome = Run(services);
        Assert.Equal(services, outcome.Artifacts.Count);
        for (var i = 1; i <= services; i++)
        {
            var name = SyntheticOrg.ServiceName(i);
            var workflow = Parse(outcome.Yaml($".github/workflows/{name}.yml"));
            Assert.Equal($"{name} CI/CD", Text(workflow, "name"));
            var on = Map(workflow, "on");
            Assert.Equal(["push", "pull_request", "workflow_dispatch"], Keys(on));
            Assert.Equal(["main"], List(Map(on, "push"), "branches"));
            Assert.Equal(["main"], List(Map(on, "pull_request"), "branches"));
            Assert.Empty(Map(on, "workflow_dispatch").Children);
            Assert.Equal($"{name}-${{{{ github.ref }}}}", Text(Map(workflow, "concurrency"), "group"));
            Assert.Equal("true", Text(Map(workflow, "concurrency"), "cancel-in-progress"));
            var env = Map(workflow, "env");
            Assert.Equal(["SERVICE_NAME", "REGISTRY", "IMAGE_NAME", "DOTNET_NOLOGO"], Keys(env));
            Assert.Equal("ghcr.io", Text(env, "REGISTRY"));
            Assert.Equal($"${{{{ github.repository_owner }}}}/{name}", Text(env, "IMAGE_NAME"));
            Assert.Equal(YamlDotNet.Core.ScalarStyle.DoubleQuoted, ((YamlScalarNode)env.Children[new YamlScalarNode("DOTNET_NOLOGO")]).Style);

            var jobs = Map(workflow, "jobs");
            Assert.Equal(["lint", "test", "build-image", "scan", "deploy-staging", "deploy-production"], Keys(jobs));
            AssertJob(jobs, "lint", needs: null, "ubuntu-24.04", "contents: read", timeout: "10", steps: 4);
            AssertJob(jobs, "test", needs: null, "${{ matrix.os }}", "contents: read", timeout: "20", steps: 6);
            AssertJob(jobs, "build-image", needs: "test", "ubuntu-24.04", "contents: read, packages: write", timeout: "30", steps: 5);
            AssertJob(jobs, "scan", needs: "build-image", "ubuntu-24.04", "contents: read, security-events: write", timeout: "15", steps: 3);
            AssertJob(jobs, "deploy-staging", needs: "scan", "ubuntu-24.04", "contents: read, id-token: write", timeout: null, steps: 5);
            AssertJob(jobs, "deploy-production", needs: "deploy-staging", "ubuntu-24.04", "contents: read, id-token: write", timeout: null, steps: 5);
            Assert.Equal(28, Keys(jobs).Sum(job => ((YamlSequenceNode)Map(jobs, job).Children[new YamlScalarNode("steps")]).Children.Count));

            var test = Map(jobs, "test");
            var matrix = Map(Map(test, "strategy"), "matrix");
            Assert.Equal(["ubuntu-24.04", "windows-2022"], List(matrix, "os"));
            Assert.Equal(["8.0.x", "9.0.x"], List(matrix, "dotnet"));
            Assert.Equal("false", Text(Map(test, "strategy"), "fail-fast"));
            Assert.Equal("${{ always() }}", Text(Step(test, 5), "if"));
            Assert.StartsWith("actions/upload-artifact@", Text(Step(test, 5), "uses"), StringComparison.Ordinal);
            Assert.Equal("${{ matrix.dotnet }}", Text(Map(Step(test, 1), "with"), "dotnet-version"));

            var build = Map(jobs, "build-image");
            Assert.Equal("${{ steps.push.outputs.digest }}", Text(Map(build, "outputs"), "digest"));
            Assert.Equal("push", Text(Step(build, 4), "id"));
            Assert.Equal("meta", Text(Step(build, 3), "id"));
            Assert.Equal("${{ secrets.GITHUB_TOKEN }}", Text(Map(Step(build, 2), "with"), "password"));
            Assert.EndsWith($"/{name}@${{{{ needs.build-image.outputs.digest }}}}", Text(Map(Step(Map(jobs, "scan"), 1), "with"), "image-ref"), StringComparison.Ordinal);

            var staging = Map(jobs, "deploy-staging");
            Assert.Equal("github.ref == 'refs/heads/main'", Text(staging, "if"));
            Assert.Equal("staging", Text(staging, "environment"));
            Assert.Equal($"deploy-staging-{name}", Text(Map(staging, "concurrency"), "group"));
            Assert.False(Map(staging, "concurrency").Children.ContainsKey(new YamlScalarNode("cancel-in-progress")));
            Assert.Equal("stg", Text(Map(staging, "env"), "KUBE_NAMESPACE"));
            var production = Map(jobs, "deploy-production");
            Assert.Equal("production", Text(Map(production, "environment"), "name"));
            Assert.Equal($"https://{name}.example.com", Text(Map(production, "environment"), "url"));
            Assert.Equal($"deploy-production-{name}", Text(Map(production, "concurrency"), "group"));
            Assert.Equal("prd", Text(Map(production, "env"), "KUBE_NAMESPACE"));

            foreach (var job in Keys(jobs))
            {
                var checkout = Step(Map(jobs, job), 0);
                Assert.StartsWith("actions/checkout@", Text(checkout, "uses"), StringComparison.Ordinal);
                Assert.Equal("false", Text(Map(checkout, "with"), "persist-credentials"));
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Every_service_gets_the_standard_deployment_in_four_environments(int services)
    {
        var outcome = Run(services);
        (string Cpu, string CpuLimit, string Memory, string MemoryLimit, string Min, string Max, string Disruption, string Host, string LogLevel)[] expected =
        [
            ("100m", "500m", "128Mi", "256Mi", "1", "2", "maxUnavailable=1", ".dev.example.com", "Debug"),
            ("100m", "500m", "128Mi", "256Mi", "1", "3", "maxUnavailable=1", ".tst.example.com", "Debug"),
            ("250m", "1000m", "256Mi", "512Mi", "2", "5", "minAvailable=1", ".stg.example.com", "Information"),
            ("500m", "2000m", "512Mi", "1024Mi", "3", "10", "minAvailable=2", ".example.com", "Warning"),
        ];
        for (var i = 1; i <= services; i++)
        {
            var name = SyntheticOrg.ServiceName(i);
            var objects = 0;
            for (var e = 0; e < Environments.Length; e++)
            {
                var documents = new YamlStream();
                documents.Load(new StringReader(outcome.File($"deploy/{name}/{Environments[e]}/manifests.yaml")));
                var byKind = documents.Documents.Select(d => (YamlMappingNode)d.RootNode).ToDictionary(d => Text(d, "kind"));
                objects += byKind.Count;
                Assert.Equal(["ConfigMap", "Deployment", "HorizontalPodAutoscaler", "Ingress", "PodDisruptionBudget", "Service"], byKind.Keys.Order(StringComparer.Ordinal));
                foreach (var item in byKind.Values)
                {
                    Assert.Equal(Environments[e], Text(Map(item, "metadata"), "namespace"));
                    Assert.Equal(item == byKind["ConfigMap"] ? $"{name}-config" : name, Text(Map(item, "metadata"), "name"));
                }

                var config = Map(byKind["ConfigMap"], "data");
                Assert.Equal(expected[e].LogLevel, Text(config, "Logging__LogLevel__Default"));
                Assert.Equal(name, Text(config, "SERVICE_NAME"));

                var pod = Map(Map(Map(byKind["Deployment"], "spec"), "template"), "spec");
                Assert.Equal("false", Text(pod, "automountServiceAccountToken"));
                Assert.Equal("10001", Text(Map(pod, "securityContext"), "fsGroup"));
                var container = (YamlMappingNode)((YamlSequenceNode)pod.Children[new YamlScalarNode("containers")]).Children[0];
                Assert.Equal($"ghcr.io/example-org/{name}:1.4.2", Text(container, "image"));
                var resources = Map(container, "resources");
                Assert.Equal(expected[e].Cpu, Text(Map(resources, "requests"), "cpu"));
                Assert.Equal(expected[e].CpuLimit, Text(Map(resources, "limits"), "cpu"));
                Assert.Equal(expected[e].Memory, Text(Map(resources, "requests"), "memory"));
                Assert.Equal(expected[e].MemoryLimit, Text(Map(resources, "limits"), "memory"));
                Assert.Equal("30", Text(Map(container, "startupProbe"), "failureThreshold"));
                Assert.Equal("/healthz/ready", Text(Map(Map(container, "readinessProbe"), "httpGet"), "path"));
                Assert.Equal("false", Text(Map(container, "securityContext"), "allowPrivilegeEscalation"));

                var hpa = Map(byKind["HorizontalPodAutoscaler"], "spec");
                Assert.Equal(expected[e].Min, Text(hpa, "minReplicas"));
                Assert.Equal(expected[e].Max, Text(hpa, "maxReplicas"));
                var pdb = Map(byKind["PodDisruptionBudget"], "spec");
                var (key, value) = (expected[e].Disruption.Split('=')[0], expected[e].Disruption.Split('=')[1]);
                Assert.Equal(value, Text(pdb, key));
                Assert.Equal(Map(Map(byKind["Deployment"], "spec"), "selector"), Map(pdb, "selector"));

                var rule = (YamlMappingNode)((YamlSequenceNode)Map(byKind["Ingress"], "spec").Children[new YamlScalarNode("rules")]).Children[0];
                Assert.Equal(name + expected[e].Host, Text(rule, "host"));
                Assert.Equal("nginx", Text(Map(byKind["Ingress"], "spec"), "ingressClassName"));
                Assert.Equal("80", Text((YamlMappingNode)((YamlSequenceNode)Map(byKind["Service"], "spec").Children[new YamlScalarNode("ports")]).Children[0], "port"));
            }

            Assert.Equal(24, objects);
        }
    }

    private static GeneratorOutcome Run(int services)
    {
        var outcome = GeneratorHarness.Run([.. SyntheticOrg.Sources(services).Select(s => s.Text)]);
        outcome.AssertClean();
        return outcome;
    }

    private static void AssertJob(YamlMappingNode jobs, string id, string? needs, string runsOn, string permissions, string? timeout, int steps)
    {
        var job = Map(jobs, id);
        Assert.Equal(needs is null ? [] : [needs], job.Children.ContainsKey(new YamlScalarNode("needs")) ? List(job, "needs") : []);
        Assert.Equal(runsOn, Text(job, "runs-on"));
        Assert.Equal(permissions, string.Join(", ", Map(job, "permissions").Children.Select(p => $"{p.Key}: {p.Value}")));
        Assert.Equal(timeout, job.Children.ContainsKey(new YamlScalarNode("timeout-minutes")) ? Text(job, "timeout-minutes") : null);
        Assert.Equal(steps, ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Count);
    }

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static YamlMappingNode Step(YamlMappingNode job, int index) => (YamlMappingNode)((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children[index];

    private static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    private static List<string> List(YamlMappingNode node, string key) => [.. ((YamlSequenceNode)node.Children[new YamlScalarNode(key)]).Children.Select(c => ((YamlScalarNode)c).Value!)];

    private static List<string> Keys(YamlMappingNode node) => [.. node.Children.Keys.Select(k => ((YamlScalarNode)k).Value!)];
}
