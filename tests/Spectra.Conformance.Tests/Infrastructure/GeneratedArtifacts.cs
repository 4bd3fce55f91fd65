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
///   values     samples/**/values.yaml and values-*.yaml, checked against the sibling values.schema.json;
///              release files samples/**/releases/{service}/{env}.yaml (written by the promotion workflows, not by
///              Spectra), merged last over charts/{service}/values.yaml and values-{env}.yaml as Argo CD does
/// </summary>
public static class GeneratedArtifacts
{
    // Build outputs and installed packages are never sources of generated files.
    private static readonly string[] IgnoredDirectories = ["bin", "obj", "node_modules", ".git", "artifacts", "TestResults"];

    public static IReadOnlyList<string> Workflows(string repositoryRoot) =>
        FilesUnder(Samples(repositoryRoot))
            .Where(f => IsDirectlyUnder(f, ".github", "workflows") && HasExtension(f, ".yml", ".yaml"))
            .Concat(FilesUnder(Tests(repositoryRoot)).Where(f => f.EndsWith(".approved.yml", StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<string> Manifests(string repositoryRoot)
    {
        var samples = Samples(repositoryRoot);
        return FilesUnder(samples)
            .Where(f => HasAncestor(samples, f, "deploy") && HasExtension(f, ".yaml", ".yml") && IsPlainManifest(samples, f))
            .Concat(FilesUnder(Tests(repositoryRoot)).Where(f => f.EndsWith(".approved.k8s.yaml", StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// One check per values file, as Helm would validate it: values.yaml alone (`helm install` with no -f),
    /// and each values-&lt;env&gt;.yaml merged over the chart's values.yaml when there is one (`-f values-env.yaml`).
    /// The schema must sit next to the values file (SchemaFile is null when it does not).
    /// </summary>
    public static IReadOnlyList<ValuesCheck> ValuesFiles(string repositoryRoot) =>
        FilesUnder(Samples(repositoryRoot))
            .Where(f => IsValuesFile(f) || IsReleaseFile(f))
            .Order(StringComparer.Ordinal)
            .Select(f => IsReleaseFile(f) ? ToReleaseCheck(f) : ToValuesCheck(f))
            .ToList();

    // deploy/releases/{service}/{env}.yaml: a values file for the chart of {service}, outside the chart.
    private static bool IsReleaseFile(string file) =>
        HasExtension(file, ".yaml", ".yml") && Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(file))) == "releases";

    // The generated Argo CD application lists values.yaml, values-{env}.yaml, then the release file: Helm merges them
    // in that order and validates the result against the chart's schema.
    private static ValuesCheck ToReleaseCheck(string releaseFile)
    {
        var service = Path.GetFileName(Path.GetDirectoryName(releaseFile)!);
        var environment = Path.GetFileNameWithoutExtension(releaseFile);
        var deploy = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(releaseFile)!)!)!;
        var chart = Path.Combine(deploy, "charts", service);
        var schema = Path.Combine(chart, "values.schema.json");
        var chain = new[] { Path.Combine(chart, "values.yaml"), Path.Combine(chart, "values-" + environment + ".yaml") }.Where(File.Exists).Append(releaseFile);
        return new ValuesCheck(releaseFile, File.Exists(schema) ? schema : null, chain.ToList());
    }

    private static bool IsValuesFile(string file)
    {
        var name = Path.GetFileName(file);
        return name.Equals("values.yaml", StringComparison.Ordinal)
            || (name.StartsWith("values-", StringComparison.Ordinal) && HasExtension(file, ".yaml", ".yml"));
    }

    private static ValuesCheck ToValuesCheck(string valuesFile)
    {
        var directory = Path.GetDirectoryName(valuesFile)!;
        var schema = Path.Combine(directory, "values.schema.json");
        var defaults = Path.Combine(directory, "values.yaml");
        var mergeOrder = File.Exists(defaults) && valuesFile != defaults ? new[] { defaults, valuesFile } : new[] { valuesFile };
        return new ValuesCheck(valuesFile, File.Exists(schema) ? schema : null, mergeOrder);
    }

    // A Helm chart (any directory at or above the file holding Chart.yaml) is templates + values, not
    // manifests: its values are checked by ValuesFiles. kustomization.yaml is Kustomize's config, not an object.
    private static bool IsPlainManifest(string samples, string file)
    {
        var name = Path.GetFileName(file);
        if (name.StartsWith("values", StringComparison.OrdinalIgnoreCase)
            || IsReleaseFile(file)
            || name.Equals("kustomization.yaml", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Chart.yaml", StringComparison.Ordinal))
        {
            return false;
        }

        for (var dir = Path.GetDirectoryName(file); dir is not null && dir.Length > samples.Length; dir = Path.GetDirectoryName(dir))
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

    private static bool HasAncestor(string samples, string file, string directoryName) =>
        Path.GetRelativePath(samples, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .SkipLast(1)
            .Contains(directoryName, StringComparer.Ordinal);

    // True when the file sits directly in <...>/first/second/.
    private static bool IsDirectlyUnder(string file, string first, string second)
    {
        var parent = Path.GetDirectoryName(file);
        return Path.GetFileName(parent) == second && Path.GetFileName(Path.GetDirectoryName(parent)) == first;
    }

    private static string Samples(string repositoryRoot) => Path.Combine(repositoryRoot, "samples");

    private static string Tests(string repositoryRoot) => Path.Combine(repositoryRoot, "tests");
}
