using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Platform;

/// <summary>
/// An org job keeps the org's declaration id in every workflow that includes it, so several workflows can hold a job
/// with one declaration id. Needs resolve within the workflow, so each one's needs find its own copy.
/// </summary>
public sealed class SharedOrgJobTests
{
    private static string Product(string id, string type) => $$"""
        using Spectra;
        using Contoso.Infra;

        namespace Contoso.Api;

        [Workflow("{{id}}")]
        public static class {{type}}
        {
            public static Triggers On => new() { Push = new() };

            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Permissions = new() { Contents = Access.Read },
                Needs = [Platform.SecurityScan],
                Steps = [Step.Run("dotnet build")],
            };
        }
        """;

    [Fact]
    public void Two_workflows_that_need_one_org_job_each_include_and_need_their_own_copy()
    {
        var outcome = OrgHarness.RunConsumer(OrgHarness.Org, Product("ci", "Ci"), Product("nightly", "Nightly"));

        outcome.AssertClean();
        foreach (var path in new[] { ".github/workflows/ci.yml", ".github/workflows/nightly.yml" })
        {
            var yaml = outcome.Yaml(path);
            Assert.Contains("  infra-security-scan:\n", yaml, StringComparison.Ordinal);
            Assert.Contains("    needs: [infra-security-scan]\n", yaml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Same_org_job_in_a_platform_class_of_this_project_is_shared_by_two_workflows() =>
        GeneratorHarness.Run(OrgHarness.OrgSource, Product("ci", "Ci"), Product("nightly", "Nightly")).AssertClean();
}
