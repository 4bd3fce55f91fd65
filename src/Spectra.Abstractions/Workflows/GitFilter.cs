using System.Collections.Generic;

namespace Spectra;

/// <summary>Branch and path filters shared by push and pull-request triggers (glob patterns).</summary>
public abstract record GitFilter
{
    /// <summary>Only these branches (cannot be combined with <see cref="BranchesIgnore"/>).</summary>
    public IReadOnlyList<string>? Branches { get; init; }

    /// <summary>All branches except these.</summary>
    public IReadOnlyList<string>? BranchesIgnore { get; init; }

    /// <summary>Only when a changed file matches one of these paths (cannot be combined with <see cref="PathsIgnore"/>).</summary>
    public IReadOnlyList<string>? Paths { get; init; }

    /// <summary>Not when every changed file matches one of these paths.</summary>
    public IReadOnlyList<string>? PathsIgnore { get; init; }
}
