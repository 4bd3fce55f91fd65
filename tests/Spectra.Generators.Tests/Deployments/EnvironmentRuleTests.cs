using Microsoft.CodeAnalysis;
using Spectra.Generators.Tests.Infrastructure;
using static Spectra.Generators.Tests.Deployments.DeploymentRuleSources;
using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace Spectra.Generators.Tests.Deployments;

/// <summary>One test per SPX3xxx (Helm) and SPX5xxx (environments and promotion) rule.</summary>
public sealed class EnvironmentRuleTests
{
    private static readonly string Envs = Environments();

    private const string DeployJobs = """
        public static Job DeployStaging => new() { RunsOn = Runner.UbuntuLatest, Environment = Envs.Stg, Steps = [Step.Run("deploy stg")] };
        public static Job DeployProduction => new() { Needs = [DeployStaging], RunsOn = Runner.UbuntuLatest, Environment = Envs.Prd, Steps = [Step.Run("deploy prd")] };
        """;

    [Fact]
    public void Valid_environments_service_and_deploy_workflow_have_no_diagnostic() =>
        GeneratorHarness.Run(Envs, Service(), Workflow(DeployJobs)).AssertClean();

    [Fact]
    public void Service_name_longer_than_a_helm_release_name_is_reported() =>
        Reports("SPX3001", Service(name: "[|\"payments-reconciliation-and-settlement-api-service-v2-eu\"|]"), "more than Helm's 53", Envs);

    [Fact]
    public void Environment_id_that_cannot_name_a_values_file_is_reported_at_the_id() =>
        Reports("SPX3002", Environments("public static DeploymentEnvironment Qa => new(\"qa\") { Id = [|\"QA env\"|] };", "[Dev, Tst, Stg, Prd, Qa]"),
            "Environment id 'QA env' cannot name the values file 'values-QA env.yaml'", Service());

    [Fact]
    public void Two_services_with_one_name_are_reported_at_the_second() =>
        Reports("SPX3003", Service(name: "\"api\"").Replace("class Api", "class Api2", StringComparison.Ordinal).Replace("[Service(\"api\")]", "[Service([|\"api\"|])]", StringComparison.Ordinal),
            "both write the chart deploy/charts/api", Service(), Envs);

    [Fact]
    public void Duplicate_environment_name_is_reported_at_the_second_name() =>
        Reports("SPX5001", Environments("public static DeploymentEnvironment Dev2 => new([|\"DEV\"|]) { Id = \"dev2\" };", "[Dev, Tst, Stg, Prd, Dev2]"),
            "Environment name 'DEV' is declared more than once", Service());

    [Fact]
    public void Promotion_item_that_is_not_a_declared_environment_is_reported() =>
        Reports("SPX5002", Environments(promotion: "[Dev, Tst, Stg, Prd, [|new DeploymentEnvironment(\"qa\")|]]"), "not an environment declared", Service());

    [Fact]
    public void Environment_listed_twice_in_the_promotion_is_reported_at_the_second() =>
        Reports("SPX5003", Environments(promotion: "[Dev, Tst, Stg, [|Tst|], Prd]"), "Environment 'tst' appears more than once", Service());

    [Fact]
    public void Environment_outside_the_promotion_is_a_warning() =>
        DeploymentHarness.Reports("SPX5004", DiagnosticSeverity.Warning, Environments(promotion: "[Dev, Stg, Prd]").Replace("DeploymentEnvironment Tst", "DeploymentEnvironment [|Tst|]", StringComparison.Ordinal),
            "Environment 'tst' is not in the promotion order", Service());

    [Fact]
    public void Second_promotion_order_is_reported() =>
        Reports("SPX5005", Environments(className: "Envs").Replace("namespace Contoso;", "namespace Contoso;\n[Environments] public static class More { public static IReadOnlyList<DeploymentEnvironment> [|Promotion|] => [Envs.Dev]; }", StringComparison.Ordinal),
            "A promotion order is already declared at 'Contoso.Envs.Promotion'", Service());

    [Fact]
    public void Required_setting_without_a_value_in_one_environment_is_reported_at_the_declaration() =>
        Reports("SPX5006", Service("Config = new() { [\"UPSTREAM\"] = [|Setting.Required|] },", overrides: """
            [Envs.Dev] = new() { Config = new() { ["UPSTREAM"] = "http://upstream.dev" } },
                    [Envs.Tst] = new() { Config = new() { ["UPSTREAM"] = "http://upstream.tst" } },
                    [Envs.Stg] = new() { Config = new() { ["UPSTREAM"] = "http://upstream.stg" } },
            """), "Setting 'UPSTREAM' of service 'api' is required but has no value in environment 'prd'", Envs);

    [Fact]
    public void Required_secret_without_a_secret_in_one_environment_is_reported() =>
        Reports("SPX5006", Service("Secrets = new() { [\"DB\"] = [|null|] },", overrides: """
            [Envs.Dev] = new() { Secrets = new() { ["DB"] = new("db", "conn") } },
                    [Envs.Tst] = new() { Secrets = new() { ["DB"] = new("db", "conn") } },
                    [Envs.Stg] = new() { Secrets = new() { ["DB"] = new("db", "conn") } },
            """), "Secret 'DB' of service 'api' is required but has no value in environment 'prd'", Envs);

    [Fact]
    public void Deploy_job_to_an_environment_no_service_deploys_to_is_reported_at_the_environment() =>
        Reports("SPX5007", Workflow("""
            public static Job Deploy => new() { RunsOn = Runner.UbuntuLatest, Environment = [|Envs.Prd|], Steps = [Step.Run("deploy")] };
            """), "no service deploys there, so there is no values-prd.yaml",
            Service(members: "public static IReadOnlyList<DeploymentEnvironment> DeployTo => [Envs.Dev, Envs.Tst, Envs.Stg];"), Envs);

    [Fact]
    public void Deploy_job_that_does_not_need_the_earlier_environment_is_reported() =>
        Reports("SPX5008", Workflow("""
            public static Job DeployStaging => new() { RunsOn = Runner.UbuntuLatest, Environment = Envs.Stg, Steps = [Step.Run("deploy stg")] };
            public static Job DeployProduction => new() { RunsOn = Runner.UbuntuLatest, Environment = [|Envs.Prd|], Steps = [Step.Run("deploy prd")] };
            """), "Job 'deploy-production' deploys to 'prd' without needing job 'deploy-staging'", Service(), Envs);

    [Fact]
    public void Service_that_skips_an_environment_of_the_promotion_is_reported_at_deploy_to() =>
        Reports("SPX5009", Service(members: "public static IReadOnlyList<DeploymentEnvironment> [|DeployTo|] => [Envs.Dev, Envs.Prd];"),
            "Service 'api' deploys to 'prd' but not to 'tst'", Envs);

    [Fact]
    public void Override_for_an_environment_the_service_skips_is_reported_at_the_key() =>
        Reports("SPX5010", Service(
            overrides: "[[|Envs.Prd|]] = new() { Replicas = 3 },",
            members: "public static IReadOnlyList<DeploymentEnvironment> DeployTo => [Envs.Dev, Envs.Tst, Envs.Stg];"),
            "The override for environment 'prd' is never used", Envs);

    [Fact]
    public void Base_value_naming_another_environment_is_a_warning() =>
        DeploymentHarness.Reports("SPX5011", DiagnosticSeverity.Warning,
            Service("Ingress = new() { Host = [|\"api.dev.example.com\"|] },", overrides: """
                [Envs.Tst] = new() { Ingress = new() { Host = "api.tst.example.com" } },
                        [Envs.Stg] = new() { Ingress = new() { Host = "api.stg.example.com" } },
                """),
            "In environment 'prd', service 'api' uses 'api.dev.example.com', which names environment 'dev'", Envs);

    [Fact]
    public void Service_without_settings_is_reported_at_the_class() =>
        Reports("SPX5012", """
            using Spectra;
            namespace Contoso;
            [Service("api")]
            public static class [|Api|] { }
            """, "Service 'api' must declare exactly one static ServiceSettings member", Envs);

    [Fact]
    public void Service_without_environments_is_reported_at_its_name() =>
        Reports("SPX5013", Service(name: "[|\"api\"|]"), "Service 'api' has no environment to deploy to");

    private static string Workflow(string members) => $$"""
        using Spectra;

        namespace Contoso;

        [Workflow("deploy")]
        public static class Deploy
        {
            public static Triggers On => new() { Push = new() };
        {{members}}
        }
        """;
}
