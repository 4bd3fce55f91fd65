using System.Collections.Generic;
using Spectra.Generators.Common;

namespace Spectra.Generators.Values;

/// <summary>
/// Where each evaluated value came from, keyed by its path (<c>Ci.Test.Steps[1].Script</c>). Kept apart from the
/// values so that only the diagnostics pipeline sees locations.
/// </summary>
internal sealed record LocationTable(EquatableArray<LocatedPath> Entries)
{
    private Dictionary<string, LocationInfo>? _lookup;

    /// <summary>The location of <paramref name="path"/>, or of its nearest recorded ancestor.</summary>
    public LocationInfo? Find(string path)
    {
        // Built once per table (not per call): callers look up many paths in one table.
        var lookup = _lookup ??= BuildLookup();
        for (var current = path; current.Length > 0; current = ValuePath.Parent(current))
        {
            if (lookup.TryGetValue(current, out var location))
            {
                return location;
            }
        }

        return null;
    }

    /// <summary>Equality is the entries' alone; the lookup is a cache.</summary>
    public bool Equals(LocationTable? other) => other is not null && Entries.Equals(other.Entries);

    public override int GetHashCode() => Entries.GetHashCode();

    private Dictionary<string, LocationInfo> BuildLookup()
    {
        var lookup = new Dictionary<string, LocationInfo>(System.StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            lookup[entry.Path] = entry.Location;
        }

        return lookup;
    }
}

internal sealed record LocatedPath(string Path, LocationInfo Location);
