using Spectra.Generators.Common;

namespace Spectra.Generators.FuzzTests.Generation;

/// <summary>Random valid jobs: a DAG of needs, unique ids, steps, matrices, and the odd derived or reusable job.</summary>
internal static class JobGenerator
{
    private static readonly string[] Extras =
    [
        "Environment = new DeploymentEnvironment(\"staging\")",
        "Environment = new DeploymentEnvironment(\"Größe\") { Url = \"https://on.example/a?b=1#c\" }",
        "Permissions = new() { Contents = Access.Read, PullRequests = Access.Write }",
        "Concurrency = new() { Group = \"job-${{ github.ref }}\", CancelInProgress = false }",
        "ContinueOnError = true",
        "Defaults = new() { Shell = \"bash\", WorkingDirectory = \"src\" }",
    ];

    private static readonly string[] LinuxExtras =
    [
        "Container = new() { Image = \"node:20\" }",
        "Services = new() { [\"db\"] = new() { Image = \"postgres:16\", Ports = [\"5432:5432\"], Env = new() { [\"POSTGRES_PASSWORD\"] = Secrets.Get(\"PG\") } } }",
    ];

    private static readonly string[] Calls =
    [
        "Uses = \"contoso/platform/.github/workflows/build.yml@v1\"",
        "Uses = \"contoso/platform/.github/workflows/build.yml@v1\", With = new() { [\"version\"] = \"1.2.3\", [\"dry-run\"] = false, [\"on\"] = \"yes\" }",
        "Uses = \"contoso/platform/.github/workflows/deploy.yml@main\", InheritSecrets = true",
        "Uses = \"contoso/platform/.github/workflows/deploy.yml@v2\", Secrets = new() { [\"TOKEN\"] = Secrets.Get(\"TOKEN\") }",
    ];

    public static void AddJobs(Chooser choose, WorkflowSpec workflow)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var count = choose.Count(1, 6);
        for (var i = 0; i < count; i++)
        {
            var job = new JobSpec { Member = choose.Pick(Pools.MemberWords) + i };
            if (choose.Chance(0.3))
            {
                job.Id = Text.Literal(choose.Pick(Pools.ValidIds));
            }

            if (!ids.Add(EffectiveId(job)))
            {
                job.Id = null;
                ids.Add(EffectiveId(job));
            }

            foreach (var earlier in workflow.Jobs)
            {
                if (job.Needs.Count < 3 && choose.Chance(0.3))
                {
                    job.Needs.Add(earlier);
                }
            }

            var bases = workflow.Jobs.Where(j => j.Base is null && !j.IsCall).ToList();
            if (i > 0 && bases.Count > 0 && choose.Chance(0.12))
            {
                job.Base = choose.Pick(bases);
            }
            else if (i > 0 && choose.Chance(0.08))
            {
                job.Call = choose.Pick(Calls);
                FillCommon(choose, job);
            }
            else
            {
                Fill(choose, job);
            }

            workflow.Jobs.Add(job);
        }
    }

    /// <summary>The id GitHub sees: the explicit one, else the member name in kebab case (as Spectra derives it).</summary>
    public static string EffectiveId(JobSpec job) => job.Id?.Value ?? Naming.Kebab(job.Member);

    private static void FillCommon(Chooser choose, JobSpec job)
    {
        if (choose.Chance(0.3))
        {
            job.Name = TextGenerator.Any(choose, TextPlace.Workflow);
        }

        if (choose.Chance(0.1))
        {
            job.If = choose.Pick(Pools.Conditions);
        }
    }

    private static void Fill(Chooser choose, JobSpec job)
    {
        FillCommon(choose, job);
        if (choose.Chance(0.25))
        {
            job.Matrix = MatrixGenerator.Create(choose);
        }

        var axes = job.Matrix?.Axes.Select(a => a.Name).ToList() ?? [];
        var onLinux = true;
        var runner = choose.Int(0, 9);
        if (job.Matrix?.Axes.Any(a => a.Name == "os") == true && choose.Chance(0.5))
        {
            job.RunsOn = "\"${{ matrix.os }}\"";
            onLinux = false;
        }
        else
        {
            onLinux = runner < 7;
            job.RunsOn = runner switch
            {
                < 4 => "Runner.UbuntuLatest",
                < 6 => SourceWriter.Literal(choose.Pick(Pools.RunnerLabels[..3])),
                < 7 => "Runner.SelfHosted(\"linux\", \"x64\")",
                < 9 => choose.Pick(Pools.RunnerConstants[2..]),
                _ => "Runner.FromLabel(Runner.WindowsLatest)",
            };
        }

        if (choose.Chance(0.1))
        {
            job.TimeoutMinutes = choose.Int(1, 360);
        }

        AddEnv(choose, job.Env, TextPlace.Workflow);
        if (choose.Chance(0.15))
        {
            job.Extra = onLinux && choose.Chance(0.3) ? choose.Pick(LinuxExtras) : choose.Pick(Extras);
        }

        StepGenerator.AddSteps(choose, job, axes);
    }

    public static void AddEnv(Chooser choose, List<(string Name, Text Value)> env, TextPlace place, IReadOnlyList<string>? axes = null)
    {
        if (!choose.Chance(0.2))
        {
            return;
        }

        foreach (var name in choose.PickDistinct(Pools.EnvNames, choose.Count(1, 3)).DistinctBy(n => n.ToUpperInvariant()))
        {
            env.Add((name, TextGenerator.Any(choose, place, axes)));
        }
    }
}
