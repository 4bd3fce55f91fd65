using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Json;
using Spectra.Generators.Values;

namespace Spectra.Generators.Deployments.Rendering;

/// <summary>
/// Writes values.schema.json (JSON Schema draft-07, the dialect Helm validates with) covering every key any
/// environment's values use. Objects are closed, so a misspelled key in a values file fails <c>helm install</c>; the
/// root allows only a free-form <c>global</c> besides, so the chart still works as a subchart.
/// </summary>
internal static class SchemaRenderer
{
    /// <summary>Maps whose keys are the user's (variable names, labels): open, with string values.</summary>
    private static readonly HashSet<string> UserMaps = ["labels", "config", "annotations", "podLabels"];

    private static readonly Dictionary<string, string[]> Enums = new()
    {
        ["pullPolicy"] = ["Always", "IfNotPresent", "Never"],
        ["protocol"] = ["TCP", "UDP", "SCTP"],
        ["seccompProfile"] = ["RuntimeDefault", "Unconfined"],
        ["concurrencyPolicy"] = ["Allow", "Forbid", "Replace"],
    };

    /// <summary>
    /// Keys a values file may set although no declaration does: the release file of an environment (written by image
    /// promotion, see DeploymentLayout.Release) sets the image's tag or digest, and must pass the schema too.
    /// </summary>
    private static readonly Dictionary<string, string[]> PromotableKeys = new()
    {
        ["image"] = ["tag", "digest"],
    };

    private static readonly Dictionary<string, (int Min, int? Max)> Ranges = new()
    {
        ["containerPort"] = (1, 65535),
        ["servicePort"] = (1, 65535),
        ["minReplicas"] = (1, null),
        ["maxReplicas"] = (1, null),
        ["replicaCount"] = (0, null),
        ["cpuUtilization"] = (1, null),
        ["memoryUtilization"] = (1, null),
    };

    public static string Render(string serviceName, MapValue defaults, IEnumerable<MapValue> environments, string header)
    {
        var json = new JsonWriter();
        json.StartObject()
            .Property("$schema", "http://json-schema.org/draft-07/schema#")
            .Property("$comment", header)
            .Property("title", "Values of the " + serviceName + " chart");
        WriteObject(json, [defaults, .. environments], isRoot: true);
        json.EndObject();
        return json.ToString();
    }

    private static void WriteObject(JsonWriter json, List<MapValue> instances, bool isRoot = false, string[]? alsoAllowed = null)
    {
        json.Property("type", "object").Key("additionalProperties").Bool(false);
        var keys = instances.SelectMany(i => i.Entries.Select(e => e.Key)).Concat(alsoAllowed ?? []).Distinct().ToList();
        var required = keys.Where(k => instances.All(i => i.Entries.Any(e => e.Key == k))).ToList();
        if (required.Count > 0)
        {
            json.Key("required").StartArray();
            foreach (var key in required)
            {
                json.String(key);
            }

            json.EndArray();
        }

        json.Key("properties").StartObject();
        foreach (var key in keys)
        {
            json.Key(key).StartObject();
            var values = instances.SelectMany(i => i.Entries.Where(e => e.Key == key).Select(e => e.Value)).ToList();
            if (isRoot && key == "global")
            {
                json.Property("type", "object").Property("description", "Values shared with parent and sibling charts.");
            }
            else if (values.Count == 0)
            {
                json.Property("type", "string"); // a promotable key no declaration sets: the release file's tag or digest
            }
            else
            {
                WriteValue(json, key, values);
            }

            json.EndObject();
        }

        json.EndObject();
    }

    private static void WriteValue(JsonWriter json, string key, List<Value> values)
    {
        switch (values[0])
        {
            case MapValue when UserMaps.Contains(key):
                json.Property("type", "object").Key("additionalProperties").StartObject().Property("type", "string").EndObject();
                break;
            case MapValue when key == "secretEnv":
                json.Property("type", "object").Key("additionalProperties").StartObject();
                WriteObject(json, [.. values.OfType<MapValue>().SelectMany(m => m.Entries.Select(e => e.Value)).OfType<MapValue>()]);
                json.EndObject();
                break;
            case MapValue:
                WriteObject(json, [.. values.OfType<MapValue>()], alsoAllowed: PromotableKeys.TryGetValue(key, out var promotable) ? promotable : null);
                break;
            case ListValue:
                json.Property("type", "array").Key("items").StartObject();
                var items = values.OfType<ListValue>().SelectMany(l => l.Items).ToList();
                if (items.Count > 0)
                {
                    WriteValue(json, key, items);
                }

                json.EndObject();
                break;
            case NumberValue:
                json.Property("type", "integer");
                if (Ranges.TryGetValue(key, out var range))
                {
                    json.Key("minimum").Number(range.Min);
                    if (range.Max is { } max)
                    {
                        json.Key("maximum").Number(max);
                    }
                }

                break;
            case BoolValue:
                json.Property("type", "boolean");
                break;
            default:
                json.Property("type", "string");
                if (Enums.TryGetValue(key, out var allowed))
                {
                    json.Key("enum").StartArray();
                    foreach (var option in allowed)
                    {
                        json.String(option);
                    }

                    json.EndArray();
                }

                break;
        }
    }
}
