using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Spectra.Conformance.Tests.Infrastructure;
using Xunit;

namespace Spectra.Conformance.Tests;

/// <summary>
/// Kubernetes' own client decodes every generated manifest offline: `kubectl set env --local` parses each object into
/// its Go type (it prints the type for objects without a pod template), and `kubectl kustomize` builds each
/// environment's files as one set. kubectl ships with this machine image; it cannot dry-run without a cluster.
/// </summary>
public sealed partial class KubectlDecodeTests
{
    [Fact]
    public void Every_generated_manifest_decodes_into_a_kubernetes_type()
    {
        // Argo CD Applications are a custom resource kubectl's built-in scheme does not know; the kubernetes-models
        // gate validates them with Argo CD's own models instead.
        var files = GeneratedArtifacts.Manifests(RepositoryLayout.Root)
            .Where(f => !File.ReadAllText(f).Contains("apiVersion: argoproj.io/", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count >= 4, $"expected the sample's four environments at least, found {files.Count}");
        foreach (var file in files)
        {
            var documents = CountDocuments(File.ReadAllText(file));
            var (exitCode, stdout, stderr) = Kubectl("set", "env", "--local", "-f", file, "SPECTRA_PROBE=1", "-o", "name");

            // Workloads print their name; every other object reports the Go type it decoded into.
            var decoded = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length + NotAPod().Count(stderr);
            var unexplained = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Where(line => !NotAPod().IsMatch(line) && !KindLine().IsMatch(line.Trim()))
                .ToList();
            Assert.True(unexplained.Count == 0, $"{RepositoryLayout.DisplayPath(file)} (exit {exitCode}):\n{string.Join("\n", unexplained)}");
            Assert.True(documents == decoded, $"{RepositoryLayout.DisplayPath(file)}: {documents} documents, {decoded} decoded.\n{stdout}\n{stderr}");
        }
    }

    [Fact]
    public void Each_environment_builds_with_kustomize()
    {
        var byFolder = GeneratedArtifacts.Manifests(RepositoryLayout.Root)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}samples{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !File.ReadAllText(f).Contains("apiVersion: argoproj.io/", StringComparison.Ordinal))
            .GroupBy(f => Path.GetDirectoryName(f)!)
            .ToList();
        Assert.NotEmpty(byFolder);
        foreach (var folder in byFolder)
        {
            var work = Directory.CreateTempSubdirectory("spectra-kustomize-");
            try
            {
                var resources = new List<string>();
                foreach (var file in folder)
                {
                    File.Copy(file, Path.Combine(work.FullName, Path.GetFileName(file)));
                    resources.Add(Path.GetFileName(file));
                }

                File.WriteAllText(Path.Combine(work.FullName, "kustomization.yaml"), "resources:\n" + string.Concat(resources.Select(r => $"  - {r}\n")));
                var (exitCode, stdout, stderr) = Kubectl("kustomize", work.FullName);

                Assert.True(exitCode == 0, $"{RepositoryLayout.DisplayPath(folder.Key)}: {stderr}");
                Assert.Equal(folder.Sum(f => CountDocuments(File.ReadAllText(f))), CountDocuments(stdout));
            }
            finally
            {
                work.Delete(recursive: true);
            }
        }
    }

    private static int CountDocuments(string yaml) =>
        yaml.Split("\n---", StringSplitOptions.None).Count(document => document.Split('\n').Any(line => line.StartsWith("kind:", StringComparison.Ordinal)));

    private static (int ExitCode, string Stdout, string Stderr) Kubectl(params string[] arguments)
    {
        var start = new ProcessStartInfo("kubectl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start; it ships with this machine image (apt package kubectl).");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "kubectl did not finish within 60 s");
        return (process.ExitCode, stdout.Result, stderr);
    }

    [GeneratedRegex(@"the object is not a pod or does not have a pod template: \*v\d\w*\.\w+")]
    private static partial Regex NotAPod();

    /// <summary>kubectl sometimes breaks its error line after the object's name; the name alone is not a failure.</summary>
    [GeneratedRegex(@"^(error: )?[a-z0-9.]+/[a-z0-9.-]+$")]
    private static partial Regex KindLine();
}
