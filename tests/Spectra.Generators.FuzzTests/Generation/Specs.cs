namespace Spectra.Generators.FuzzTests.Generation;

// What a generated workflow declaration says, before it is written as C#. Mutable on purpose: defects are injected
// by editing a freshly generated spec, and every case gets its own.

/// <summary>A string value and the C# expression that produces it (a literal, a constant, a helper call, ...).</summary>
internal sealed record Text(string Value, string CSharp)
{
    public static Text Literal(string value) => new(value, SourceWriter.Literal(value));
}

internal sealed class WorkflowSpec
{
    public string ClassName { get; set; } = "Ci";

    public string WorkflowId { get; set; } = "ci";

    public Text? Name { get; set; }

    public Text? RunName { get; set; }

    /// <summary>Null: no On member at all.</summary>
    public TriggersSpec? Triggers { get; set; } = new();

    public List<(string Name, Text Value)> Env { get; } = [];

    public string? Permissions { get; set; }

    public string? Concurrency { get; set; }

    public string? Defaults { get; set; }

    public List<JobSpec> Jobs { get; } = [];
}

internal sealed class TriggersSpec
{
    public string? Push { get; set; }

    public string? PullRequest { get; set; }

    public string? PullRequestTarget { get; set; }

    public List<Text> Schedules { get; } = [];

    public List<InputSpec>? DispatchInputs { get; set; }
}

internal sealed record InputSpec(string Name, string CSharp);

internal sealed class JobSpec
{
    public string Member { get; set; } = "Build";

    /// <summary>An explicit id (else the kebab-case member name); null text means "not set".</summary>
    public Text? Id { get; set; }

    /// <summary>The job this one is declared from with 'Base with { ... }'; it copies everything but what is set here.</summary>
    public JobSpec? Base { get; set; }

    public Text? Name { get; set; }

    public List<JobSpec> Needs { get; } = [];

    /// <summary>C# for RunsOn; null: not set.</summary>
    public string? RunsOn { get; set; } = "Runner.UbuntuLatest";

    public MatrixSpec? Matrix { get; set; }

    public List<StepSpec> Steps { get; } = [];

    public string? If { get; set; }

    public int? TimeoutMinutes { get; set; }

    public List<(string Name, Text Value)> Env { get; } = [];

    public string? Extra { get; set; }

    /// <summary>Set for a reusable-workflow call: the C# of Uses and the rest of its initializer.</summary>
    public string? Call { get; set; }

    public bool IsCall => Call is not null;
}

internal sealed class MatrixSpec
{
    public List<(string Name, List<string> Values)> Axes { get; } = [];

    public List<string> Include { get; } = [];

    public List<string> Exclude { get; } = [];

    public bool? FailFast { get; set; }

    public int? MaxParallel { get; set; }

    public int Combinations => Axes.Aggregate(1, (product, axis) => product * Math.Max(1, axis.Values.Count));
}

internal sealed class StepSpec
{
    /// <summary>The C# that creates the step, e.g. <c>Step.Run("echo")</c> or <c>Actions.Checkout()</c>.</summary>
    public string Create { get; set; } = "Step.Run(\"echo\")";

    /// <summary>The script of a run step (null for actions), kept to inject an empty script.</summary>
    public Text? Script { get; set; }

    public string? Shell { get; set; }

    public Text? Id { get; set; }

    public Text? Name { get; set; }

    public string? If { get; set; }

    public List<(string Name, Text Value)> Env { get; } = [];

    public string? With { get; set; }

    public int? TimeoutMinutes { get; set; }

    public bool? ContinueOnError { get; set; }
}
