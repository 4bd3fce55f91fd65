using System.Collections.Generic;
using System.Collections.Immutable;
using Spectra.Generators.Common;
using Spectra.Generators.Values;

namespace Spectra.Generators.Diagnostics;

/// <summary>
/// All sources' location tables in one dictionary, built once per report. Resolves a path exactly as asking each
/// source's <see cref="LocationTable.Find"/> in order would (the first source with the path or any ancestor wins,
/// and within it the nearest ancestor), without a pass over every source per issue: that was issues × sources ×
/// entries, quadratic in the size of an org (docs/performance.md).
/// </summary>
internal sealed class LocationIndex
{
    private readonly Dictionary<string, (int Source, LocationInfo Location)> _first = new(System.StringComparer.Ordinal);

    public LocationIndex(ImmutableArray<SourceDiagnostics> sources)
    {
        for (var source = 0; source < sources.Length; source++)
        {
            foreach (var entry in sources[source].Locations.Entries)
            {
                // Within a source the last entry for a path wins (as in LocationTable); across sources, the first source.
                if (!_first.TryGetValue(entry.Path, out var known) || known.Source == source)
                {
                    _first[entry.Path] = (source, entry.Location);
                }
            }
        }
    }

    public LocationInfo? Find(string path)
    {
        LocationInfo? best = null;
        var bestSource = int.MaxValue;
        for (var current = path; current.Length > 0; current = ValuePath.Parent(current))
        {
            // Deepest ancestor first: a later, shallower match replaces it only when it comes from an earlier source.
            if (_first.TryGetValue(current, out var match) && match.Source < bestSource)
            {
                best = match.Location;
                bestSource = match.Source;
            }
        }

        return best;
    }
}
