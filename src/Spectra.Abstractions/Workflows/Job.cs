using System.Collections.Generic;

namespace Spectra;

/// <summary>A job that runs steps on a runner.</summary>
public sealed record Job : JobBase
{
    /// <summary>The runner: a GitHub-hosted label, a self-hosted label set, or an expression.</summary>
    public Runner? RunsOn { get; init; }

    /// <summary>The deployment environment this job deploys to.</summary>
    public DeploymentEnvironment? Environment { get; init; }

    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<Step> Steps { get; init; } = [];

    /// <summary>Environment variables for every step.</summary>
    public Dictionary<string, string>? Env { get; init; }

    /// <summary>Values later jobs read as <c>needs.ID.outputs.NAME</c>.</summary>
    public Dictionary<string, string>? Outputs { get; init; }

    /// <summary>Cancel the job after this many minutes (GitHub's default is 360).</summary>
    public int? TimeoutMinutes { get; init; }

    /// <summary>Let the workflow succeed even when this job fails.</summary>
    public bool? ContinueOnError { get; init; }

    /// <summary>Run the steps inside this container.</summary>
    public Container? Container { get; init; }

    /// <summary>Service containers (databases, caches) reachable by their key as host name.</summary>
    public Dictionary<string, Container>? Services { get; init; }

    /// <summary>Defaults for the job's <c>run</c> steps.</summary>
    public Defaults? Defaults { get; init; }
}
