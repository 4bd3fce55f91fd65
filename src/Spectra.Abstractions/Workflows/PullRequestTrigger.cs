using System.Collections.Generic;

namespace Spectra;

/// <summary>The <c>pull_request</c> or <c>pull_request_target</c> event.</summary>
public sealed record PullRequestTrigger : GitFilter
{
    /// <summary>Activity types, e.g. <c>opened</c>, <c>synchronize</c>; GitHub's defaults when empty.</summary>
    public IReadOnlyList<string>? Types { get; init; }
}
