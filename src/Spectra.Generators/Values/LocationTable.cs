using System.Collections.Generic;
using Spectra.Generators.Common;

namespace Spectra.Generators.Values;

/// <summary>
/// Where each evaluated value came from, keyed by its path (<c>Ci.Test.Steps[1].Script</c>). Kept apart from the
/// values so that only the diagnostics pipeline sees locations.
/// </summary>
internal sealed record LocationTable(EquatableArray<LocatedPath> Entries)
{
    /// <summary>The location of <paramref name="path"/>, or of its nearest recorded ancestor.</summary>
    public LocationInfo? Find(string path)
    {
        var lookup = BuildLookup();
        for (var current = path; current.Length > 0; current = ValuePath.Parent(current))
        {
            if (lookup.TryGetValue(current, out var location))
            {
                return location;
            }
        }

        return null;
    }

    private Dictionary<string, LocationInfo> BuildLookup()
    {
        var lookup = new Dictionary<string, LocationInfo>();
        foreach (var entry in Entries)
        {
            lookup[entry.Path] = entry.Location;
        }

        return lookup;
    }
}

internal sealed record LocatedPath(string Path, LocationInfo Location);
