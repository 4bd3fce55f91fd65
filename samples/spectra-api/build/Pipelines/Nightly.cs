using static SpectraApi.Pipelines.Conventions;

namespace SpectraApi.Pipelines;

/// <summary>Nightly dependency and secret scans, and on demand with a chosen severity.</summary>
[Workflow("nightly")]
public static class Nightly
{
    public static string Name => "spectra-api nightly scans";

    public static Triggers On => new()
    {
        Schedule = [new("17 2 * * *")],
        WorkflowDispatch = new()
        {
            Inputs = new()
            {
                ["severity"] = new()
                {
                    Description = "Lowest severity that fails the run",
                    Type = InputType.Choice,
                    Options = ["LOW", "MEDIUM", "HIGH", "CRITICAL"],
                    Default = "HIGH",
                },
            },
        },
    };

    public static Permissions Permissions => new() { Contents = Access.Read };

    public static Job Dependencies => new()
    {
        Name = "Dependency audit",
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 15,
        Steps =
        [
            Checkout,
            Actions.SetupDotnet(DotnetVersion),
            Step.Run("dotnet list package --vulnerable --include-transitive 2>&1 | tee audit.txt\n! grep -q -i \"has the following vulnerable packages\" audit.txt"),
        ],
    };

    public static Job Secrets => new()
    {
        Name = "Secret scan",
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 15,
        Steps =
        [
            Actions.Checkout(fetchDepth: 0, persistCredentials: false),
            Step.Action("gitleaks/gitleaks-action@v2") with { Env = new() { ["GITHUB_TOKEN"] = Spectra.Secrets.GitHubToken } },
        ],
    };
}
