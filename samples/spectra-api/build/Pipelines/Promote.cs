using Spectra.Samples.Infra;
using static SpectraApi.Pipelines.Conventions;

namespace SpectraApi.Pipelines;

/// <summary>
/// GitOps image promotion along Environments.Promotion, dev → tst → stg → prd: one job per hop, each deploying to its
/// target environment (so prd waits for its reviewers), copying the image digest from the previous environment's
/// release file to the next, rolling out through Argo CD and checking health before the next hop may start. Started
/// by hand with the environment to stop at; CI puts every image built on main into dev.
/// </summary>
[Workflow("promote")]
public static class Promote
{
    public static string Name => "spectra-api promote";

    public static Triggers On => new()
    {
        WorkflowDispatch = new()
        {
            Inputs = new()
            {
                ["to"] = new()
                {
                    Description = "Promote dev's image up to this environment",
                    Type = InputType.Choice,
                    Options = ["tst", "stg", "prd"],
                    Default = "tst",
                    Required = true,
                },
            },
        },
    };

    public static Permissions Permissions => new() { Contents = Access.Read };

    // One promotion at a time: two runs would race on the same release files.
    public static Concurrency Concurrency => new() { Group = $"promote-{Service}" };

    private static Job Hop => new()
    {
        RunsOn = Runner.Ubuntu2404,
        Permissions = new() { Contents = Access.Write },
        TimeoutMinutes = 30,
        Steps = [Platform.SetupArgoCd, Platform.PromoteRelease, Platform.GradualRollout, Platform.HealthChecks],
    };

    public static Job PromoteTst => Hop with
    {
        Name = "dev → tst",
        Environment = Environments.Tst,
        Env = Releases.Promotion("dev", "tst", TstUrl),
    };

    public static Job PromoteStg => Hop with
    {
        Name = "tst → stg",
        Needs = [PromoteTst],
        If = "inputs.to != 'tst'",
        Environment = Environments.Staging,
        Env = Releases.Promotion("tst", "stg", StagingUrl),
    };

    /// <summary>The org's repository scan runs again before production (policy scan-before-production).</summary>
    public static Job PromotePrd => Hop with
    {
        Name = "stg → prd",
        Needs = [PromoteStg, Platform.SecurityScan],
        If = "inputs.to == 'prd'",
        Environment = Environments.Production,
        Env = Releases.Promotion("stg", "prd", ProductionUrl),
    };
}
