namespace Spectra.Generators.FuzzTests.Generation;

/// <summary>Random valid workflow declarations: every one must compile cleanly, render, and pass GitHub's checks.</summary>
internal static class WorkflowGenerator
{
    private static readonly string[] ClassNames = ["Ci", "Nightly", "Release", "Größe", "_Workflow", "Pipelines"];

    public static WorkflowSpec Create(Chooser choose)
    {
        var workflow = new WorkflowSpec
        {
            ClassName = choose.Pick(ClassNames),
            WorkflowId = choose.Pick(Pools.ValidWorkflowIds),
            Name = choose.Chance(0.4) ? TextGenerator.Any(choose, TextPlace.Literal) : null,
            RunName = choose.Chance(0.2) ? TextGenerator.Any(choose, TextPlace.Workflow) : null,
            Triggers = Triggers(choose),
            Permissions = choose.Chance(0.2) ? choose.Pick(["new() { Contents = Access.Read }", "new() { Contents = Access.Read, IdToken = Access.Write }", "new()"]) : null,
            Concurrency = choose.Chance(0.15) ? "new() { Group = \"wf-${{ github.ref }}\", CancelInProgress = true }" : null,
            Defaults = choose.Chance(0.1) ? "new() { Shell = \"bash\" }" : null,
        };
        JobGenerator.AddEnv(choose, workflow.Env, TextPlace.Workflow);
        JobGenerator.AddJobs(choose, workflow);
        return workflow;
    }

    private static TriggersSpec Triggers(Chooser choose)
    {
        var triggers = new TriggersSpec
        {
            Push = choose.Chance(0.6) ? GitEvent(choose, push: true) : null,
            PullRequest = choose.Chance(0.35) ? GitEvent(choose, push: false) : null,
            PullRequestTarget = choose.Chance(0.05) ? GitEvent(choose, push: false) : null,
            DispatchInputs = choose.Chance(0.2) ? Inputs(choose) : null,
        };
        if (choose.Chance(0.2))
        {
            foreach (var cron in choose.PickDistinct(Pools.ValidCrons, choose.Count(1, 3)))
            {
                var text = TextGenerator.InRandomForm(choose, cron);
                triggers.Schedules.Add(text.Value == cron ? text : Text.Literal(cron));
            }
        }

        if (triggers.Push is null && triggers.PullRequest is null && triggers.PullRequestTarget is null && triggers.DispatchInputs is null && triggers.Schedules.Count == 0)
        {
            triggers.Push = "new()";
        }

        return triggers;
    }

    /// <summary>A push or pull_request trigger; GitHub forbids a filter together with its -ignore twin.</summary>
    private static string GitEvent(Chooser choose, bool push)
    {
        var parts = new List<string>();
        Filter(choose, parts, "Branches", Pools.BranchPatterns, 0.4);
        if (push)
        {
            Filter(choose, parts, "Tags", ["v*", "v[0-9]+.[0-9]+", "release-*", "on"], 0.15);
        }
        else if (choose.Chance(0.3))
        {
            parts.Add("Types = " + List(choose.PickDistinct(Pools.PullRequestTypes, choose.Count(1, 3))));
        }

        Filter(choose, parts, "Paths", Pools.PathPatterns, 0.2);
        return parts.Count == 0 ? "new()" : "new() { " + string.Join(", ", parts) + " }";
    }

    private static void Filter(Chooser choose, List<string> parts, string name, IReadOnlyList<string> patterns, double chance)
    {
        if (choose.Chance(chance))
        {
            parts.Add((choose.Chance(0.3) ? name + "Ignore" : name) + " = " + List(choose.PickDistinct(patterns, choose.Count(1, 3))));
        }
    }

    private static List<InputSpec> Inputs(Chooser choose)
    {
        var inputs = new List<InputSpec>();
        foreach (var name in choose.PickDistinct(Pools.InputNames, choose.Count(0, 4)))
        {
            var parts = new List<string>();
            var type = choose.Int(0, 5);
            string[] options = [.. choose.PickDistinct(Pools.PlainText.Concat(Pools.TrickyText.Take(20)).ToList(), choose.Int(1, 3))];
            switch (type)
            {
                case 1:
                    parts.Add("Type = InputType.String");
                    AddDefault(choose, parts, SourceWriter.Literal(TextGenerator.Value(choose, TextPlace.Literal)));
                    break;
                case 2:
                    parts.Add("Type = InputType.Boolean");
                    AddDefault(choose, parts, choose.Chance(0.5) ? "true" : "false");
                    break;
                case 3:
                    parts.Add("Type = InputType.Number");
                    AddDefault(choose, parts, choose.Int(0, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case 4:
                    parts.Add("Type = InputType.Choice");
                    parts.Add("Options = " + List(options));
                    AddDefault(choose, parts, SourceWriter.Literal(choose.Pick(options)));
                    break;
                case 5:
                    parts.Add("Type = InputType.Environment");
                    break;
            }

            if (choose.Chance(0.5))
            {
                parts.Add("Description = " + TextGenerator.Any(choose, TextPlace.Literal).CSharp);
            }

            if (choose.Chance(0.3))
            {
                parts.Add("Required = " + (choose.Chance(0.5) ? "true" : "false"));
            }

            inputs.Add(new InputSpec(name, "new() { " + string.Join(", ", parts) + " }"));
        }

        return inputs;
    }

    private static void AddDefault(Chooser choose, List<string> parts, string value)
    {
        if (choose.Chance(0.6))
        {
            parts.Add("Default = " + value);
        }
    }

    private static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(SourceWriter.Literal)) + "]";
}
