using Spectra.Generators.Common;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Yaml;

namespace Spectra.Generators.Workflows.Rendering;

/// <summary>Blocks that appear at workflow and job level.</summary>
internal static class CommonRenderer
{
    /// <summary>
    /// <c>uses:</c>, with the tag a pinned SHA replaced as a trailing comment, the form Dependabot and Renovate
    /// also write, so a reader still sees which version the SHA stands for.
    /// </summary>
    public static void Uses(YamlWriter yaml, string? uses, string? pinnedFrom)
    {
        if (uses is null)
        {
            return;
        }

        yaml.Key("uses");
        yaml.String(uses);
        if (pinnedFrom is not null)
        {
            yaml.TrailingComment(pinnedFrom);
        }
    }

    public static void Permissions(YamlWriter yaml, PermissionsModel? permissions)
    {
        if (permissions is null)
        {
            return;
        }

        yaml.Key("permissions");
        if (permissions.Scopes.IsEmpty)
        {
            yaml.EmptyMap(); // "permissions: {}" grants nothing, which is what an empty declaration means
            return;
        }

        yaml.StartMap();
        foreach (var scope in permissions.Scopes)
        {
            yaml.Key(scope.Key);
            yaml.String(scope.Value);
        }

        yaml.EndMap();
    }

    public static void Env(YamlWriter yaml, string key, EquatableArray<StringPair> variables)
    {
        if (variables.IsEmpty)
        {
            return;
        }

        yaml.Key(key);
        yaml.StartMap();
        foreach (var variable in variables)
        {
            yaml.UserKey(variable.Key);
            yaml.String(variable.Value);
        }

        yaml.EndMap();
    }

    public static void Defaults(YamlWriter yaml, DefaultsModel? defaults)
    {
        if (defaults is null || (defaults.Shell is null && defaults.WorkingDirectory is null))
        {
            return;
        }

        yaml.Key("defaults");
        yaml.StartMap();
        yaml.Key("run");
        yaml.StartMap();
        yaml.Pair("shell", defaults.Shell);
        yaml.Pair("working-directory", defaults.WorkingDirectory);
        yaml.EndMap();
        yaml.EndMap();
    }

    public static void Concurrency(YamlWriter yaml, ConcurrencyModel? concurrency)
    {
        if (concurrency is null)
        {
            return;
        }

        yaml.Key("concurrency");
        yaml.StartMap();
        yaml.Pair("group", concurrency.Group);
        yaml.Pair("cancel-in-progress", concurrency.CancelInProgress);
        yaml.EndMap();
    }

    public static void FlowList(YamlWriter yaml, string key, EquatableArray<string> items)
    {
        yaml.Key(key);
        yaml.StartFlowList();
        foreach (var item in items)
        {
            yaml.String(item);
        }

        yaml.EndList();
    }
}
