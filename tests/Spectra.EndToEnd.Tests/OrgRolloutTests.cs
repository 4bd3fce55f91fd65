using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Spectra.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Spectra.EndToEnd.Tests;

/// <summary>
/// The reason Spectra exists: an org publishes a new version of its platform package, a product repo bumps the
/// PackageReference and nothing else, and its generated workflow changes exactly as the new version prescribes;
/// a declaration that breaks a policy of the new version fails the build at that declaration.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class OrgRolloutTests(PackedSpectra spectra)
{
    private const string PackageId = "Spectra.E2eOrg";

    private const string ScanV1 = "trivy fs --severity CRITICAL .";
    private const string ScanV2 = "trivy fs --severity CRITICAL,HIGH --exit-code 1 .";

    // 1.0.0: a security scan and a build step template. 1.1.0: a stricter scanner step, a secrets check the scan now
    // needs (so it reaches every repo that uses the scan), two policies (workflows that deploy to prd must include the
    // scan; services run at least two replicas in prd), and a template body that builds in Release: the product's
    // call stays the same, its output changes.
    private static string OrgSource(bool v11) => $$"""
        using Spectra.Policies;

        namespace E2e.Infra;

        [Platform("infra")]
        public static class Platform
        {
            public static Job SecurityScan => new()
            {
                RunsOn = Runner.UbuntuLatest,
                {{(v11 ? "Needs = [SecretsCheck]," : "")}}
                Permissions = new() { Contents = Access.Read },
                Steps = [Step.Run("{{(v11 ? ScanV2 : ScanV1)}}")],
            };

            public static RunStep DotnetBuild(string project) => Step.Run($"dotnet build {project}{{(v11 ? " --configuration Release" : "")}}");
        {{(v11 ? """

            public static Job SecretsCheck => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Permissions = new() { Contents = Access.Read },
                Steps = [Step.Run("gitleaks detect --no-banner")],
            };

            public static Policy ScanBeforePrd => Policy.RequireJob("scan-before-prd", SecurityScan, whenDeploysTo: "prd");

            public static Policy PrdReplicas => Policy.MinReplicas("prd-replicas", "prd", 2);
        """ : "")}}
        }
        """;

    private const string Product = """
        using E2e.Infra;

        namespace Contoso.Pipelines;

        [Workflow("ci")]
        public static class Ci
        {
            public static Triggers On => new() { Push = new() { Branches = ["main"] } };

            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Needs = [Platform.SecurityScan],
                Steps = [Platform.DotnetBuild("src/App")],
            };
        }
        """;

    private const string DeploysWithoutScan = """
        namespace Contoso.Pipelines;

        [Workflow("release")]
        public static class Release
        {
            public static Triggers On => new() { WorkflowDispatch = new() };

            public static Job Deploy => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Environment = new("prd"),
                Steps = [Step.Run("./deploy.sh")],
            };
        }
        """;

    private const string SingleReplicaService = """
        namespace Contoso.Pipelines;

        [Environments]
        public static class Envs
        {
            public static DeploymentEnvironment Prd => new("prd");
        }

        [Service("api")]
        public static class Api
        {
            public static ServiceSettings Settings => new()
            {
                Image = new("ghcr.io/contoso/api") { Tag = "1.0.0" },
                Ports = [new("http", 8080)],
                Resources = new() { Requests = new() { Cpu = "100m", Memory = "128Mi" }, Limits = new() { Memory = "256Mi" } },
                Probes = new() { Liveness = new("/healthz/live"), Readiness = new("/healthz/ready") },
                Replicas = 1,
            };
        }
        """;

    [Fact]
    public void Bumping_the_org_package_changes_the_workflow_exactly_as_the_new_version_prescribes_and_enforces_its_policy()
    {
        PackOrg("1.0.0", v11: false);
        PackOrg("1.1.0", v11: true);
        using var repo = new ConsumerRepo(spectra, "org-consumer");
        repo.Write(ConsumerRepo.ProjectPath, Project("1.0.0"));
        repo.Write("build/Pipelines/Ci.cs", Product);

        var first = repo.Build();
        Assert.True(first.Succeeded, first.ToString());
        var before = repo.Read(".github/workflows/ci.yml");
        Assert.Contains("  infra-security-scan:\n", before, StringComparison.Ordinal);
        Assert.Contains("    needs: [infra-security-scan]\n", before, StringComparison.Ordinal);

        repo.Write(ConsumerRepo.ProjectPath, Project("1.1.0"));
        var bumped = repo.Build();
        Assert.True(bumped.Succeeded, bumped.ToString());
        var after = repo.Read(".github/workflows/ci.yml");

        var (removed, added) = LineDiff(before, after);
        Assert.Equal(["      - run: dotnet build src/App", $"      - run: {ScanV1}"], removed);
        Assert.Equal(
            [
                "      - run: dotnet build src/App --configuration Release",
                "    needs: [infra-secrets-check]",
                $"      - run: {ScanV2}",
                "  infra-secrets-check:",
                "    runs-on: ubuntu-latest",
                "    permissions:",
                "      contents: read",
                "    steps:",
                "      - run: gitleaks detect --no-banner",
            ],
            added);

        // The same product adds a workflow that deploys to prd without the scan, and a service with one prd replica:
        // 1.1.0's policies fail the build at each.
        repo.Write("build/Pipelines/Release.cs", DeploysWithoutScan);
        repo.Write("build/Pipelines/Api.cs", SingleReplicaService);
        var broken = repo.Build();
        Assert.False(broken.Succeeded, broken.ToString());
        var (line, column) = Position(DeploysWithoutScan, "Deploy =>");
        var expected = $"Release.cs({line},{column}): error SPX8002: Job 'deploy' deploys to 'prd', so workflow 'release' must include the org job 'infra-security-scan' (org policy 'scan-before-prd' from {PackageId})";
        Assert.True(broken.Output.Contains(expected, StringComparison.Ordinal), $"Expected {expected}\n{broken}");
        var (replicaLine, replicaColumn) = Position(SingleReplicaService, "Replicas = 1");
        replicaColumn += "Replicas = ".Length;
        var expectedReplicas = $"Api.cs({replicaLine},{replicaColumn}): error SPX8002: Service 'api' in 'prd': Replicas is 1, fewer than 2 (org policy 'prd-replicas' from {PackageId})";
        Assert.True(broken.Output.Contains(expectedReplicas, StringComparison.Ordinal), $"Expected {expectedReplicas}\n{broken}");

        // Under 1.0.0, which has no such policy, the same declaration builds.
        repo.Write(ConsumerRepo.ProjectPath, Project("1.0.0"));
        var old = repo.Build();
        Assert.True(old.Succeeded, old.ToString());

        // Drift: someone edits the generated workflow instead of the declaration (or the org package); CI fails, naming it.
        var generated = repo.Read(".github/workflows/ci.yml");
        repo.Write(".github/workflows/ci.yml", generated.Replace("dotnet build", "dotnet build --no-restore", StringComparison.Ordinal));
        var drift = repo.Build(environment: new Dictionary<string, string> { ["CI"] = "true" });
        Assert.False(drift.Succeeded, drift.ToString());
        Assert.Contains("error SPX9005: '.github/workflows/ci.yml' does not match its declaration", drift.Output, StringComparison.Ordinal);
    }

    private static string Project(string orgVersion) => $"""
        <Project Sdk="Spectra.Sdk">
          <ItemGroup>
            <PackageReference Include="{PackageId}" Version="{orgVersion}" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>Packs the org package into this run's feed, built with this run's Spectra like any org repo would be.</summary>
    private void PackOrg(string version, bool v11)
    {
        var root = Path.Combine(spectra.RunDirectory, "repos", "org-" + version);
        if (File.Exists(Path.Combine(spectra.FeedDirectory, $"{PackageId}.{version}.nupkg")))
        {
            return;
        }

        Directory.CreateDirectory(Path.Combine(root, ".git"));
        File.WriteAllText(Path.Combine(root, "global.json"), ConsumerFiles.GlobalJson(spectra.Version));
        File.WriteAllText(Path.Combine(root, "nuget.config"), ConsumerFiles.NuGetConfig(spectra.FeedDirectory));
        File.WriteAllText(Path.Combine(root, PackageId + ".csproj"), $"""
            <Project Sdk="Spectra.Sdk">
              <PropertyGroup>
                <IsPackable>true</IsPackable>
                <PackageId>{PackageId}</PackageId>
                <Authors>e2e</Authors>
                <NoWarn>$(NoWarn);NU5104</NoWarn>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(root, "Platform.cs"), OrgSource(v11));
        var result = DotNet.Run(root, ["pack", PackageId + ".csproj", "-c", "Release", "-tl:off", "-nologo", $"-p:Version={version}", "-o", spectra.FeedDirectory],
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = spectra.PackagesDirectory });
        Assert.True(result.Succeeded, result.ToString());
    }

    /// <summary>Lines only in <paramref name="before"/> and lines only in <paramref name="after"/>, each in file order.</summary>
    private static (List<string> Removed, List<string> Added) LineDiff(string before, string after)
    {
        var beforeLines = before.Split('\n').ToList();
        var afterLines = after.Split('\n').ToList();
        var removed = beforeLines.ToList();
        foreach (var line in afterLines)
        {
            removed.Remove(line);
        }

        var added = afterLines.ToList();
        foreach (var line in beforeLines)
        {
            added.Remove(line);
        }

        return (removed, added);
    }

    private static (int Line, int Column) Position(string source, string text)
    {
        var index = source.IndexOf(text, StringComparison.Ordinal);
        var line = source[..index].Count(c => c == '\n') + 1;
        return (line, index - source.LastIndexOf('\n', index - 1));
    }
}
