using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Spectra.Conformance.Tests.Infrastructure;

/// <summary>A chart's values file to validate: the schema and the files in `helm -f` order.</summary>
public sealed record ValuesCheck(string ValuesFile, string? SchemaFile, IReadOnlyList<string> FilesInMergeOrder);

/// <summary>
/// Finds every file Spectra generated in this repository: committed sample outputs under samples/ and the
/// generator tests' ApprovalTests snapshots under tests/. File-name conventions are the contract:
///   workflows  samples/**/.github/workflows/*.yml|*.yaml, tests/**/*.approved.yml
///   manifests  samples/**/deploy/**/*.yaml (not Helm charts or Kustomize files), tests/**/*.approved.k8s.yaml
///   values     samples/**/values-*.yaml, checked against the sibling values.schema.json
/// </summary>
public static class GeneratedArtifacts
{
    // Build outputs and installed packages are never sources of generated files.
    private static readonly string[] IgnoredDirectories = ["bin", "obj", "node_modules", ".git", "artifacts", "TestResults"];

    private static string Samples => Path.Combine(RepositoryLayout.Root, "samples");

    private static string Tests => Path.Combine(RepositoryLayout.Root, "tests");

    public static IReadOnlyList<string> Workflows() =>
        FilesUnder(Samples)
            .Where(f => IsUnderDirectoryPath(f, ".github", "workflows") && HasExtension(f, ".yml", ".yaml"))
            .Concat(FilesUnder(Tests).Where(f => f.EndsWith(".approved.yml", StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<string> Manifests() =>
        FilesUnder(Samples)
            .Where(f => HasAncestor(f, "deploy") && HasExtension(f, ".yaml", ".yml") && IsPlainManifest(f))
            .Concat(FilesUnder(Tests).Where(f => f.EndsWith(".approved.k8s.yaml", StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// One check per values-&lt;env&gt;.yaml. Like Helm, the chart's own values.yaml (when present) is merged
    /// first; the schema must sit next to the values file (SchemaFile is null when it does not).
    /// </summary>
    public static IReadOnlyList<ValuesCheck> ValuesFiles() =>
        FilesUnder(Samples)
            .Where(f => Path.GetFileName(f).StartsWith("values-", StringComparison.OrdinalIgnoreCase) && HasExtension(f, ".yaml", ".yml"))
            .Order(StringComparer.Ordinal)
            .Select(ToValuesCheck)
            .ToList();

    private static ValuesCheck ToValuesCheck(string valuesFile)
    {
        var directory = Path.GetDirectoryName(valuesFile)!;
        var schema = Path.Combine(directory, "values.schema.json");
        var defaults = Path.Combine(directory, "values.yaml");
        var mergeOrder = File.Exists(defaults) ? new[] { defaults, valuesFile } : new[] { valuesFile };
        return new ValuesCheck(valuesFile, File.Exists(schema) ? schema : null, mergeOrder);
    }

    // A Helm chart (any directory at or above the file holding Chart.yaml) is templates + values, not
    // manifests: its values are checked by ValuesFiles. kustomization.yaml is Kustomize's config, not an object.
    private static bool IsPlainManifest(string file)
    {
        var name = Path.GetFileName(file);
        if (name.StartsWith("values", StringComparison.OrdinalIgnoreCase)
            || name.Equals("kustomization.yaml", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Chart.yaml", StringComparison.Ordinal))
        {
            return false;
        }

        for (var dir = Path.GetDirectoryName(file); dir is not null && dir.Length > Samples.Length; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Chart.yaml")))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> FilesUnder(string root)
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }

        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(dir))
            {
                yield return file;
            }

            foreach (var sub in Directory.EnumerateDirectories(dir))
            {
                if (!IgnoredDirectories.Contains(Path.GetFileName(sub), StringComparer.OrdinalIgnoreCase))
                {
                    pending.Push(sub);
                }
            }
        }
    }

    private static bool HasExtension(string file, params string[] extensions) =>
        extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase);

    private static bool HasAncestor(string file, string directoryName) =>
        Segments(file).SkipLast(1).Contains(directoryName, StringComparer.Ordinal);

    // True when the file sits directly in <...>/first/second/.
    private static bool IsUnderDirectoryPath(string file, string first, string second)
    {
        var segments = Segments(file);
        return segments.Length >= 3 && segments[^3] == first && segments[^2] == second;
    }

    private static string[] Segments(string file) =>
        Path.GetRelativePath(RepositoryLayout.Root, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
}
