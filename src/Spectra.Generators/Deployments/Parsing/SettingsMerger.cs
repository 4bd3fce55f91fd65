using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Values;

namespace Spectra.Generators.Deployments.Parsing;

/// <summary>
/// Merges an environment's override over the base settings the way <c>helm -f values.yaml -f values-env.yaml</c>
/// merges values (objects and dictionaries key by key, lists and scalars replaced, null changes nothing), and
/// remembers which declaration supplied each merged value so that a rule points at the line that set it.
/// </summary>
internal static class SettingsMerger
{
    /// <summary>The merged value, read with paths under <paramref name="basePath"/>, and where each part came from.</summary>
    public static (ObjectValue Merged, PathMap Origins) Merge(ObjectValue baseValue, string basePath, ObjectValue? overrideValue, string overridePath)
    {
        var origins = new Dictionary<string, string>();
        var merged = overrideValue is null ? baseValue : (ObjectValue)MergeValue(baseValue, overrideValue, basePath, overridePath, origins);
        return (merged, new PathMap(origins));
    }

    private static Value MergeValue(Value baseValue, Value overrideValue, string logicalPath, string overridePath, Dictionary<string, string> origins)
    {
        switch (baseValue, overrideValue)
        {
            case (_, NullValue):
                return baseValue;
            case (ObjectValue baseObject, ObjectValue overrideObject) when baseObject.TypeName == overrideObject.TypeName:
                return baseObject with { Fields = MergeEntries(baseObject.Fields, overrideObject.Fields, logicalPath, overridePath, origins, ValuePath.Field) };
            case (MapValue baseMap, MapValue overrideMap):
                return new MapValue(MergeEntries(baseMap.Entries, overrideMap.Entries, logicalPath, overridePath, origins, ValuePath.Key));
            default:
                origins[logicalPath] = overridePath;
                return overrideValue;
        }
    }

    private static EquatableArray<MapEntry> MergeEntries(
        EquatableArray<MapEntry> baseEntries,
        EquatableArray<MapEntry> overrideEntries,
        string logicalPath,
        string overridePath,
        Dictionary<string, string> origins,
        System.Func<string, string, string> child)
    {
        var merged = baseEntries.ToList();
        foreach (var entry in overrideEntries)
        {
            var logical = child(logicalPath, entry.Key);
            var source = child(overridePath, entry.Key);
            var index = merged.FindIndex(e => e.Key == entry.Key);
            if (index < 0)
            {
                if (entry.Value is not NullValue)
                {
                    origins[logical] = source;
                    merged.Add(entry);
                }
            }
            else
            {
                merged[index] = new MapEntry(entry.Key, MergeValue(merged[index].Value, entry.Value, logical, source, origins));
            }
        }

        return merged.ToEquatableArray();
    }
}

/// <summary>Maps a path of a merged value to the path of the declaration that supplied it.</summary>
internal sealed class PathMap(Dictionary<string, string> origins)
{
    public static readonly PathMap Identity = new([]);

    public string Resolve(string logicalPath)
    {
        for (var current = logicalPath; current.Length > 0; current = ValuePath.Parent(current))
        {
            if (origins.TryGetValue(current, out var source))
            {
                return source + logicalPath.Substring(current.Length);
            }
        }

        return logicalPath;
    }
}
