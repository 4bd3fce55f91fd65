using System.Collections.Generic;
using System.IO;
using System.Linq;
using Spectra.Sdk.Diagnostics;
using Spectra.Sdk.Paths;
using Spectra.Sdk.Reading;
using Spectra.Sdk.State;

namespace Spectra.Sdk.Sync;

/// <summary>
/// One build's work, in order: read the assembly, check the generator ran, find the repository, plan, then write
/// (or, in verify mode, report). Returns false when an error was reported. In write mode, bundles that the last
/// successful sync wrote and whose files nobody touched since are not decoded or compared (State/).
/// </summary>
internal static class ArtifactSync
{
    public static bool Run(SyncRequest request, ISyncLog log)
    {
        // Verify mode (CI) always compares bytes: it must not trust timestamps it did not write.
        var statePath = request.Verify ? null : SyncStateFile.PathFor(request.AssemblyFile);
        var unchanged = statePath is not null && SyncStateFile.Load(statePath) is { } previous && ResolveRepoRoot(request) is { } root
            ? UnchangedBundles.From(previous, root, ManifestPath(request))
            : UnchangedBundles.None;
        var assembly = AssemblyArtifactReader.Read(request.AssemblyFile, unchanged.Find);
        return Run(assembly, request, log, statePath);
    }

    /// <summary>The same, for artifacts already read (tests pass them directly); records no sync state.</summary>
    public static bool Run(AssemblyArtifacts assembly, SyncRequest request, ISyncLog log) =>
        Run(assembly, request, log, statePath: null);

    private static bool Run(AssemblyArtifacts assembly, SyncRequest request, ISyncLog log, string? statePath)
    {
        if (assembly.Unreadable is { } unreadable)
        {
            // Some files could not be read: planning the rest would delete the unread ones as stale.
            log.Report(unreadable);
            return false;
        }

        if (assembly.GeneratorMissing)
        {
            log.Report(DiagnosticCatalog.GeneratorDidNotRun(request.AssemblyFile, assembly.Declarations));
            return false;
        }

        var manifestFile = ManifestPath(request);
        var unchanged = UnchangedFiles(assembly);
        if (assembly.Artifacts.Count == 0 && unchanged.Count == 0 && !File.Exists(manifestFile))
        {
            // Nothing generated now or before: not even the repository root is needed.
            return true;
        }

        if (ResolveRepoRoot(request) is not { } root)
        {
            log.Report(string.IsNullOrEmpty(request.RepoRoot)
                ? DiagnosticCatalog.RepoRootNotFound(request.ProjectDirectory)
                : DiagnosticCatalog.RepoRootMissing(request.RepoRoot));
            return false;
        }

        var repo = new RepoPaths(root);
        var plan = SyncPlanner.Plan(assembly.Artifacts, unchanged, repo, manifestFile);

        foreach (var diagnostic in plan.Diagnostics)
        {
            log.Report(diagnostic);
        }

        if (plan.HasErrors)
        {
            // All or nothing: a half-applied plan would leave the repository in a state no declaration describes.
            return false;
        }

        if (request.Verify)
        {
            DriftReporter.Report(plan, log);
            return plan.Changes.Count == 0 && plan.NewManifest is null;
        }

        PlanWriter.Apply(plan, log);
        if (statePath is not null && assembly.Bundles is { } bundles)
        {
            log.Message($"Spectra: {bundles.Count(b => b.Unchanged is not null)} of {bundles.Count} declaration(s) unchanged since the last build, their files not read.", important: false);
            SyncStateFile.Save(statePath, SyncStateBuilder.After(bundles, repo, manifestFile));
        }

        return true;
    }

    /// <summary>The paths of skipped bundles, as contentless artifacts: produced, up to date, and path-checked.</summary>
    private static List<Artifact> UnchangedFiles(AssemblyArtifacts assembly) =>
        [.. (assembly.Bundles ?? []).SelectMany(b => b.Unchanged?.Files.Select(f => new Artifact(f.Path, "", b.DeclaringType)) ?? [])];

    private static string ManifestPath(SyncRequest request) => Path.GetFullPath(request.ManifestFile, request.ProjectDirectory);

    /// <summary>The repository root generated paths are relative to; null when it cannot be found.</summary>
    public static string? ResolveRepoRoot(SyncRequest request)
    {
        if (string.IsNullOrEmpty(request.RepoRoot))
        {
            return RepoRootLocator.Find(request.ProjectDirectory);
        }

        // A relative SpectraRepoRoot is relative to the project, like every other MSBuild path.
        var root = Path.GetFullPath(request.RepoRoot, request.ProjectDirectory);
        return Directory.Exists(root) ? root : null;
    }
}
