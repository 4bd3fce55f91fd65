using System.Collections.Generic;

namespace Spectra;

/// <summary>Matrix axes by name (<c>["os"] = ["ubuntu-24.04", "windows-2022"]</c>), read in steps as <c>${{ matrix.os }}</c>.</summary>
public sealed class Matrix : Dictionary<string, IReadOnlyList<object>>
{
    /// <summary>Extra combinations, or extra keys added to matching combinations.</summary>
    public IReadOnlyList<Dictionary<string, object>>? Include { get; set; }

    /// <summary>Combinations to leave out.</summary>
    public IReadOnlyList<Dictionary<string, object>>? Exclude { get; set; }
}
