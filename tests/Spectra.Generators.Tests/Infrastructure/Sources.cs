namespace Spectra.Generators.Tests.Infrastructure;

/// <summary>Declaration sources shared by several tests.</summary>
internal static class Sources
{
    public const string Environments = """"
        using System.Collections.Generic;
        using Spectra;

        namespace Contoso.Pipelines;

        public static class Environments
        {
            public static DeploymentEnvironment Staging => new("staging") { Url = "https://staging.contoso.example" };
            public static DeploymentEnvironment Production => new("production");
        }
        """";

    public const string ReadmeExample = """"
        using System.Collections.Generic;
        using Spectra;

        namespace Contoso.Pipelines;

        public static class Environments
        {
            public static DeploymentEnvironment Staging => new("staging");
        }

        [Workflow("ci")]
        public static partial class Ci
        {
            public static Triggers On => new() { Push = new() { Branches = ["main"] }, PullRequest = new() { Branches = ["main"] } };
            public static Permissions Permissions => new() { Contents = Access.Read };

            public static Job Test => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Strategy = new() { Matrix = { ["dotnet"] = ["8.0.x", "10.0.x"] } },
                Steps = [Actions.Checkout(), Actions.SetupDotnet("${{ matrix.dotnet }}"), Step.Run("dotnet test -c Release")],
            };

            public static Job Publish => new()
            {
                Needs = [Test],
                RunsOn = Runner.UbuntuLatest,
                Environment = Environments.Staging,
                Steps = [Actions.Checkout(), Step.Run("./publish.sh") with { Env = new() { ["TOKEN"] = Secrets.Get("PUBLISH_TOKEN") } }],
            };
        }
        """";

    public const string KitchenSink = """"
        using System.Collections.Generic;
        using Spectra;

        namespace Contoso.Pipelines;

        [Workflow("kitchen-sink")]
        public static class KitchenSink
        {
            private const string Registry = "ghcr.io";

            public static string Name => "Kitchen sink";
            public static string RunName => "Build ${{ github.ref_name }} by @${{ github.actor }}";

            public static Triggers On => new()
            {
                Push = new() { Branches = ["main", "release/**"], Tags = ["v*"], PathsIgnore = ["docs/**"] },
                PullRequest = new() { Branches = ["main"], Types = ["opened", "synchronize"] },
                Schedule = [new("0 3 * * 1-5"), new("*/30 6-18 * * MON-FRI")],
                WorkflowDispatch = new()
                {
                    Inputs = new()
                    {
                        ["environment"] = new() { Type = InputType.Choice, Options = ["staging", "production"], Default = "staging", Required = true },
                        ["dry-run"] = new() { Type = InputType.Boolean, Default = false, Description = "Plan only" },
                        ["replicas"] = new() { Type = InputType.Number, Default = 2 },
                    },
                },
            };

            public static Permissions Permissions => new() { Contents = Access.Read, IdToken = Access.Write };
            public static Dictionary<string, string> Env => new() { ["REGISTRY"] = Registry, ["DOTNET_NOLOGO"] = "true", ["IMAGE"] = $"{Registry}/contoso/api" };
            public static Defaults Defaults => new() { Shell = "bash" };
            public static Concurrency Concurrency => new() { Group = "kitchen-sink-${{ github.ref }}", CancelInProgress = true };

            public static Job Lint => new()
            {
                Name = "Lint",
                RunsOn = Runner.Ubuntu2404,
                TimeoutMinutes = 10,
                Steps =
                [
                    Actions.Checkout(fetchDepth: 0, persistCredentials: false),
                    Actions.SetupDotnet(globalJsonFile: "global.json"),
                    Actions.Cache(path: "~/.nuget/packages", key: "nuget-${{ hashFiles('**/packages.lock.json') }}", restoreKeys: "nuget-"),
                    Step.Run("dotnet format --verify-no-changes") with { Name = "Check formatting" },
                ],
            };

            public static Job Test => new()
            {
                Needs = [Lint],
                RunsOn = "${{ matrix.os }}",
                Strategy = new()
                {
                    Matrix =
                    {
                        ["os"] = [Runner.Ubuntu2404, Runner.Windows2022],
                        ["dotnet"] = ["8.0.x", "10.0.x"],
                        Include = [new() { ["os"] = Runner.Ubuntu2404, ["coverage"] = true }],
                        Exclude = [new() { ["os"] = Runner.Windows2022, ["dotnet"] = "8.0.x" }],
                    },
                    FailFast = false,
                    MaxParallel = 3,
                },
                Services = new()
                {
                    ["postgres"] = new()
                    {
                        Image = "postgres:16",
                        Env = new() { ["POSTGRES_PASSWORD"] = Secrets.Get("PG_PASSWORD") },
                        Ports = ["5432:5432"],
                        Options = "--health-cmd pg_isready --health-interval 10s",
                    },
                },
                Steps =
                [
                    Actions.Checkout(),
                    Actions.SetupDotnet("${{ matrix.dotnet }}"),
                    Step.Run("""
                        dotnet restore
                        dotnet test --logger trx --results-directory TestResults
                        """, shell: "bash", workingDirectory: "src") with { Id = "test", TimeoutMinutes = 15 },
                    Actions.UploadArtifact("test-results-${{ matrix.os }}-${{ matrix.dotnet }}", "TestResults", retentionDays: 7) with { If = "${{ always() }}" },
                ],
            };

            public static Job Image => new()
            {
                Needs = [Test],
                RunsOn = Runner.SelfHosted("linux", "x64"),
                Permissions = new() { Contents = Access.Read, Packages = Access.Write },
                Outputs = new() { ["digest"] = "${{ steps.push.outputs.digest }}" },
                Container = new() { Image = "mcr.microsoft.com/dotnet/sdk:10.0", Credentials = new() { Username = "${{ github.actor }}", Password = Secrets.GitHubToken } },
                Steps =
                [
                    Actions.Checkout(),
                    Actions.DockerSetupBuildx(),
                    Actions.DockerLogin(Registry, "${{ github.actor }}", Secrets.GitHubToken),
                    Actions.DockerMetadata(images: $"{Registry}/contoso/api") with { Id = "meta" },
                    Actions.DockerBuildPush(context: ".", push: "${{ github.event_name != 'pull_request' }}", tags: "${{ steps.meta.outputs.tags }}") with { Id = "push" },
                ],
            };

            public static Job Deploy => new()
            {
                Needs = [Image],
                If = "github.ref == 'refs/heads/main'",
                RunsOn = new Runner { Group = "deployers", Labels = ["linux"] },
                Environment = Environments.Staging,
                Concurrency = new() { Group = "deploy-staging" },
                Env = new() { ["KUBE_NAMESPACE"] = "stg" },
                ContinueOnError = false,
                Steps =
                [
                    Step.Action("azure/setup-kubectl@v4") with { With = new() { ["version"] = "v1.31.0" } },
                    Step.Run("kubectl apply -f deploy/ --namespace $KUBE_NAMESPACE"),
                    Step.Run("kubectl rollout status deployment/api") with { ContinueOnError = true, Env = new() { ["DIGEST"] = "${{ needs.image.outputs.digest }}" } },
                ],
            };

            public static ReusableWorkflowJob Release => new()
            {
                Needs = [Deploy],
                Uses = "./.github/workflows/release.yml",
                With = new() { ["version"] = "1.2.3", ["dry-run"] = false },
                InheritSecrets = true,
            };
        }
        """";

    public const string ReusableWorkflow = """"
        using System.Collections.Generic;
        using Spectra;

        namespace Contoso.Pipelines;

        [Workflow("build")]
        public static class BuildWorkflow
        {
            public static Triggers On => new()
            {
                WorkflowCall = new()
                {
                    Inputs = new() { ["configuration"] = new() { Type = InputType.String, Default = "Release", Required = false } },
                    Secrets = new() { ["NUGET_KEY"] = new() { Required = true, Description = "Publishes packages" } },
                    Outputs = new() { ["version"] = new() { Value = "${{ jobs.build.outputs.version }}" } },
                },
            };

            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Outputs = new() { ["version"] = "${{ steps.version.outputs.value }}" },
                Steps =
                [
                    Actions.Checkout(),
                    Step.Run("echo \"value=1.0.${{ github.run_number }}\" >> \"$GITHUB_OUTPUT\"") with { Id = "version" },
                    Step.Run("dotnet build -c ${{ inputs.configuration }}"),
                ],
            };

            public static ReusableWorkflowJob Publish => new()
            {
                Needs = [Build],
                Uses = "contoso/platform/.github/workflows/publish.yml@v2",
                With = new() { ["version"] = "${{ needs.build.outputs.version }}" },
                Secrets = new() { ["NUGET_KEY"] = Secrets.Get("NUGET_KEY") },
            };
        }
        """";

    public const string TrickyScalars = """"
        using System.Collections.Generic;
        using Spectra;

        namespace Contoso.Pipelines;

        [Workflow("tricky")]
        public static class Tricky
        {
            public static Triggers On => new() { Push = new() { Branches = ["on", "yes", "1.0"] } };

            public static Dictionary<string, string> Env => new()
            {
                ["ON"] = "on", ["YES"] = "yes", ["N"] = "n", ["OFF"] = "Off", ["TRUE"] = "true", ["NULL"] = "null", ["TILDE"] = "~",
                ["OCTAL"] = "0644", ["OCTAL2"] = "010", ["HEX"] = "0x1F", ["EXP"] = "1e3", ["SEXAGESIMAL"] = "1:30", ["VERSION"] = "3.10",
                ["CRON"] = "*/5 * * * *", ["BRACE"] = "{x}", ["DASH"] = "- a", ["HASH"] = "#c", ["SPACE"] = " leading", ["EMPTY"] = "",
                ["COLON"] = "a: b", ["EXPR"] = "${{ github.sha }}",
            };

            public static Job Check => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Steps =
                [
                    Step.Run("""
                        echo "first"

                        echo "after a blank line"
                        """),
                    Step.Run("echo no trailing newline\necho second line"),
                ],
            };
        }
        """";

    public const string TypedCall = """"
        using System.Collections.Generic;
        using Spectra;

        namespace Contoso.Pipelines;

        [Workflow("release")]
        public static class Release
        {
            public static Triggers On => new() { Push = new() { Tags = ["v*"] } };

            public static ReusableWorkflowJob Build => new()
            {
                Workflow = typeof(BuildWorkflow),
                With = new() { ["configuration"] = "Release" },
                Secrets = new() { ["NUGET_KEY"] = Secrets.Get("NUGET_KEY") },
            };
        }
        """";
}
