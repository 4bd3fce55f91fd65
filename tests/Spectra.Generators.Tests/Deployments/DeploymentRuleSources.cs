namespace Spectra.Generators.Tests.Deployments;

/// <summary>Builds a service declaration around one deviation from a valid baseline, for the per-rule tests.</summary>
internal static class DeploymentRuleSources
{
    public const string Image = "Image = new(\"ghcr.io/contoso/api\") { Tag = \"1.0.0\" },";
    public const string Ports = "Ports = [new(\"http\", 8080)],";
    public const string Resources = "Resources = new() { Requests = new() { Cpu = \"100m\", Memory = \"128Mi\" }, Limits = new() { Memory = \"256Mi\" } },";
    public const string Probes = "Probes = new() { Liveness = new(\"/live\"), Readiness = new(\"/ready\") },";

    public static string Service(
        string extra = "",
        string? image = null,
        string? ports = null,
        string? resources = null,
        string? probes = null,
        string overrides = "",
        string name = "\"api\"",
        string members = "") => $$"""
        using System.Collections.Generic;
        using Spectra;

        namespace Contoso;

        [Service({{name}})]
        public static class Api
        {
            public static ServiceSettings Settings => new()
            {
                {{image ?? Image}}
                {{ports ?? Ports}}
                {{resources ?? Resources}}
                {{probes ?? Probes}}
                {{extra}}
            };
        {{(overrides.Length == 0 ? "" : "    public static Overrides<ServiceSettings> PerEnvironment => new()\n    {\n        " + overrides + "\n    };")}}
        {{members}}
        }
        """;

    /// <summary>Environments with a promotion order, for sources that declare no environments of their own.</summary>
    public static string Environments(string extra = "", string promotion = "[Dev, Tst, Stg, Prd]", string className = "Envs") => $$"""
        using System.Collections.Generic;
        using Spectra;

        namespace Contoso;

        [Environments]
        public static class {{className}}
        {
            public static DeploymentEnvironment Dev => new("dev");
            public static DeploymentEnvironment Tst => new("tst");
            public static DeploymentEnvironment Stg => new("staging") { Id = "stg" };
            public static DeploymentEnvironment Prd => new("production") { Id = "prd" };
            {{(promotion.Length == 0 ? "" : "public static IReadOnlyList<DeploymentEnvironment> Promotion => " + promotion + ";")}}
            {{extra}}
        }
        """;
}
