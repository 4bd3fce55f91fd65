namespace Spectra.Generators.FuzzTests.Generation;

/// <summary>One kind of mistake injected into a valid declaration, and the diagnostic Spectra must report for it.</summary>
internal sealed record Defect(string Name, string ExpectedId, Action<Chooser, WorkflowSpec> Inject);

/// <summary>The defects whose rules exist; each edits a valid spec so that exactly this rule must fire.</summary>
internal static class Defects
{
    public static readonly Defect[] All =
    [
        new("needs cycle", "SPX1001", InjectCycle),
        new("job needs itself", "SPX1002", InjectSelfNeeds),
        new("duplicate job id", "SPX1004", InjectDuplicateJobId),
        new("invalid job id", "SPX1005", (c, w) => c.Pick(w.Jobs).Id = Text.Literal(c.Pick(Pools.InvalidIds))),
        new("non-ASCII job member name", "SPX1005", InjectNonAsciiMember),
        new("duplicate step id", "SPX1006", InjectDuplicateStepId),
        new("invalid step id", "SPX1007", (c, w) => c.Pick(PlainJob(c, w).Steps).Id = Text.Literal(c.Pick(Pools.InvalidIds))),
        new("invalid cron", "SPX1008", (c, w) => (w.Triggers ??= new()).Schedules.Insert(c.Int(0, w.Triggers.Schedules.Count), Text.Literal(c.Pick(Pools.InvalidCrons)))),
        new("invalid workflow id", "SPX1009", (c, w) => w.WorkflowId = c.Pick(Pools.InvalidWorkflowIds)),
        new("no triggers", "SPX1010", (c, w) => w.Triggers = c.Chance(0.5) ? null : new TriggersSpec()),
        new("no jobs", "SPX1011", (_, w) => w.Jobs.Clear()),
        new("job without steps", "SPX1012", (c, w) => PlainJob(c, w).Steps.Clear()),
        new("job without runner", "SPX1013", (c, w) => PlainJob(c, w).RunsOn = c.Pick([null, "new Runner()", "new Runner { Labels = [] }"])),
        new("empty matrix axis", "SPX1014", (c, w) => (PlainJob(c, w).Matrix ??= new()).Axes.Add(("empty", []))),
        new("empty script", "SPX1015", (c, w) => c.Pick(PlainJob(c, w).Steps).Script = Text.Literal("")),
        new("unevaluable expression", "SPX0002", InjectUnevaluable),
    ];

    /// <summary>A job declared with its own initializer (not derived, not a reusable-workflow call).</summary>
    private static JobSpec PlainJob(Chooser choose, WorkflowSpec workflow) => choose.Pick(workflow.Jobs.Where(j => j.Base is null && !j.IsCall).ToList());

    private static void InjectCycle(Chooser choose, WorkflowSpec workflow)
    {
        if (workflow.Jobs.Count < 2)
        {
            workflow.Jobs.Add(new JobSpec { Member = "Extra" + workflow.Jobs.Count, Steps = { new StepSpec() } });
        }

        var ring = choose.PickDistinct(workflow.Jobs, choose.Int(2, Math.Min(4, workflow.Jobs.Count)));
        for (var i = 0; i < ring.Count; i++)
        {
            var next = ring[(i + 1) % ring.Count];
            if (!ring[i].Needs.Contains(next))
            {
                ring[i].Needs.Add(next);
            }
        }
    }

    private static void InjectSelfNeeds(Chooser choose, WorkflowSpec workflow)
    {
        var job = choose.Pick(workflow.Jobs);
        job.Needs.Insert(choose.Int(0, job.Needs.Count), job);
    }

    private static void InjectDuplicateJobId(Chooser choose, WorkflowSpec workflow)
    {
        if (workflow.Jobs.Count < 2)
        {
            workflow.Jobs.Add(new JobSpec { Member = "Extra" + workflow.Jobs.Count, Steps = { new StepSpec() } });
        }

        var pair = choose.PickDistinct(workflow.Jobs, 2);
        pair[1].Id = Text.Literal(FlipCase(JobGenerator.EffectiveId(pair[0])));
    }

    private static void InjectNonAsciiMember(Chooser choose, WorkflowSpec workflow)
    {
        var job = choose.Pick(workflow.Jobs);
        job.Member = choose.Pick(Pools.NonAsciiMemberNames) + workflow.Jobs.IndexOf(job);
        job.Id = null;
    }

    private static void InjectDuplicateStepId(Chooser choose, WorkflowSpec workflow)
    {
        var job = PlainJob(choose, workflow);
        if (job.Steps.Count < 2)
        {
            job.Steps.Add(new StepSpec { Script = Text.Literal("echo duplicate") });
        }

        var pair = choose.PickDistinct(job.Steps, 2);
        var id = choose.Pick(Pools.ValidIds);
        pair[0].Id = Text.Literal(id);
        pair[1].Id = Text.Literal(choose.Chance(0.5) ? id : FlipCase(id));
    }

    private static void InjectUnevaluable(Chooser choose, WorkflowSpec workflow)
    {
        var expression = new Text("?", choose.Pick(Pools.Unevaluable));
        var job = PlainJob(choose, workflow);
        switch (choose.Int(0, 4))
        {
            case 0:
                choose.Pick(job.Steps).Script = expression;
                break;
            case 1:
                job.Name = expression;
                break;
            case 2:
                job.Env.Add(("UNEVALUABLE", expression));
                break;
            case 3:
                job.RunsOn = expression.CSharp;
                break;
            default:
                workflow.Name = expression;
                break;
        }
    }

    private static string FlipCase(string text) =>
        string.Concat(text.Select(ch => char.IsUpper(ch) ? char.ToLowerInvariant(ch) : char.ToUpperInvariant(ch)));
}
