using System.Collections.Generic;

namespace Spectra;

/// <summary>The <c>push</c> event.</summary>
public sealed record PushTrigger : GitFilter
{
    /// <summary>Only these tags (cannot be combined with <see cref="TagsIgnore"/>).</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>All tags except these.</summary>
    public IReadOnlyList<string>? TagsIgnore { get; init; }
}
