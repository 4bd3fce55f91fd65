namespace Spectra.Generators.FuzzTests.Generation;

/// <summary>Random valid steps: scripts full of YAML traps, actions with inputs, unique step ids.</summary>
internal static class StepGenerator
{
    private static readonly string[] Actions =
    [
        "Actions.Checkout()", "Actions.Checkout(fetchDepth: 0, persistCredentials: false)", "Actions.SetupDotnet(\"8.0.x\")",
        "Actions.SetupDotnet(globalJsonFile: \"global.json\")", "Actions.SetupNode(\"20\", cache: \"npm\")",
        "Actions.Cache(path: \"~/.nuget/packages\", key: \"nuget-${{ hashFiles('**/*.csproj') }}\", restoreKeys: \"nuget-\")",
        "Actions.UploadArtifact(\"results\", \"TestResults\", retentionDays: 7)", "Actions.DownloadArtifact(\"results\")",
        "Step.Action(\"actions/checkout@v4\")", "Step.Action(\"contoso/custom-action@v1\")", "Step.Action(\"./.github/actions/local\")",
        "Step.Action(\"docker://alpine@sha256:0000000000000000000000000000000000000000000000000000000000000001\")",
    ];

    private static readonly string[] CheckoutWith =
    [
        "new() { [\"fetch-depth\"] = 0 }", "new() { [\"ref\"] = \"on\", [\"persist-credentials\"] = false }", "new() { [\"path\"] = \"0644\" }",
    ];

    private static readonly string[] CustomWith =
    [
        "new() { [\"on\"] = \"yes\", [\"n\"] = 1, [\"flag\"] = true, [\"text\"] = \"a: b\" }", "new() { [\"sha\"] = \"${{ github.sha }}\" }",
    ];

    public static void AddSteps(Chooser choose, JobSpec job, IReadOnlyList<string> axes)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var count = choose.Count(1, 5);
        for (var i = 0; i < count; i++)
        {
            var step = new StepSpec();
            if (choose.Chance(0.6))
            {
                step.Script = TextGenerator.InRandomForm(choose, TextGenerator.Script(choose, axes));
                step.Shell = choose.Chance(0.15) ? choose.Pick(Pools.Shells) : null;
            }
            else
            {
                step.Create = choose.Pick(Actions);
                step.With = step.Create switch
                {
                    "Step.Action(\"actions/checkout@v4\")" when choose.Chance(0.7) => choose.Pick(CheckoutWith),
                    "Step.Action(\"contoso/custom-action@v1\")" when choose.Chance(0.7) => choose.Pick(CustomWith),
                    _ => null,
                };
            }

            if (choose.Chance(0.25) && ids.Add(choose.Pick(Pools.ValidIds) is var id ? id : ""))
            {
                step.Id = Text.Literal(id);
            }

            if (choose.Chance(0.3))
            {
                step.Name = TextGenerator.Any(choose, TextPlace.Step, axes);
            }

            step.If = choose.Chance(0.15) ? choose.Pick(Pools.Conditions) : null;
            JobGenerator.AddEnv(choose, step.Env, TextPlace.Step, axes);
            step.TimeoutMinutes = choose.Chance(0.05) ? choose.Int(1, 60) : null;
            step.ContinueOnError = choose.Chance(0.05) ? choose.Chance(0.5) : null;
            job.Steps.Add(step);
        }
    }
}
