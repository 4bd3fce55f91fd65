using System.Collections.Generic;

namespace Spectra;

/// <summary>A step that uses an action (<c>uses:</c>).</summary>
public sealed record ActionStep : Step
{
    /// <summary>The action reference, e.g. <c>actions/checkout@v4</c>.</summary>
    public string Uses { get; init; } = "";

    /// <summary>The action's inputs (<c>with:</c>).</summary>
    public Dictionary<string, object>? With { get; init; }
}
