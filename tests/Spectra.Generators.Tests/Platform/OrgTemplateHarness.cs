using Microsoft.CodeAnalysis;

namespace Spectra.Generators.Tests.Platform;

/// <summary>An org package with templates next to the default org members, built once per test run.</summary>
internal static class OrgTemplateHarness
{
    public const string TemplatesSource = """
        using System.Collections.Generic;
        using Spectra;

        namespace Contoso.Infra;

        [Platform("infra")]
        public static class Templates
        {
            public static Job DotnetBuild(string project, string dotnetVersion = "10.0.x") => new()
            {
                Name = $"Build {project}",
                RunsOn = Runner.UbuntuLatest,
                Permissions = new() { Contents = Access.Read },
                Steps = [Actions.Checkout(), Actions.SetupDotnet(dotnetVersion), Compile(project, "Release")],
            };

            public static RunStep Compile(string project, string configuration) =>
                new() { Name = "Compile " + project, Script = $"dotnet build {project} --configuration {configuration}" };

            public static Job DeployTo(DeploymentEnvironment environment, JobBase needs, string target, int timeoutMinutes = 20) => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Permissions = new() { Contents = Access.Read },
                Environment = environment,
                Needs = [needs, Platform.SecurityScan],
                TimeoutMinutes = timeoutMinutes,
                Steps = [Step.Run($"./deploy.sh {target}") with { Env = new() { ["TOKEN"] = Secrets.Get(target + "_TOKEN") } }],
            };

            public static IReadOnlyList<Step> Prepare(string dotnetVersion) => [Actions.Checkout(), Actions.SetupDotnet(dotnetVersion)];

            public static Job Reader(string script, Access contents = Access.Read) => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Permissions = new() { Contents = contents },
                Steps = [Step.Run(script)],
            };

            public static Job Reader(string script, int timeoutMinutes) => Reader(script) with { TimeoutMinutes = timeoutMinutes };

            public static RunStep Announce(object subject) => Step.Run($"echo {subject}");
        }
        """;

    private static MetadataReference? _org;

    public static MetadataReference Org => _org ??= OrgHarness.BuildOrg(OrgHarness.OrgSource, null, TemplatesSource).Reference;
}
