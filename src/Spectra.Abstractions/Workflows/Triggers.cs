using System.Collections.Generic;

namespace Spectra;

/// <summary>The events that start a workflow: the <c>on:</c> block.</summary>
public sealed record Triggers
{
    /// <summary>Run on pushes to matching branches, tags or paths.</summary>
    public PushTrigger? Push { get; init; }

    /// <summary>Run on pull requests (runs in the context of the merge commit, without write access or secrets for forks).</summary>
    public PullRequestTrigger? PullRequest { get; init; }

    /// <summary>Run on pull requests in the context of the base branch, with secrets. Never check out the PR head here.</summary>
    public PullRequestTrigger? PullRequestTarget { get; init; }

    /// <summary>Run on a schedule (UTC cron expressions, five fields).</summary>
    public IReadOnlyList<Schedule>? Schedule { get; init; }

    /// <summary>Run by hand from the Actions tab or the API, with typed inputs.</summary>
    public WorkflowDispatchTrigger? WorkflowDispatch { get; init; }

    /// <summary>Make the workflow reusable: callable from other workflows with inputs, secrets and outputs.</summary>
    public WorkflowCallTrigger? WorkflowCall { get; init; }
}
