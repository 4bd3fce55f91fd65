using System.IO;
using Spectra.Sdk.Diagnostics;
using Spectra.Sdk.Paths;
using Spectra.Sdk.Reading;

namespace Spectra.Sdk.Sync;

/// <summary>
/// One build's work, in order: read the assembly, check the generator ran, find the repository, plan, then write
/// (or, in verify mode, report). Returns false when an error was reported.
/// </summary>
internal static class ArtifactSync
{
    public static bool Run(SyncRequest request, ISyncLog log) =>
        Run(AssemblyArtifactReader.Read(request.AssemblyFile), request, log);

    /// <summary>The same, for artifacts already read (tests pass them directly).</summary>
    public static bool Run(AssemblyArtifacts assembly, SyncRequest request, ISyncLog log)
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

        var manifestFile = Path.GetFullPath(request.ManifestFile, request.ProjectDirectory);
        if (assembly.Artifacts.Count == 0 && !File.Exists(manifestFile))
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

        var plan = SyncPlanner.Plan(assembly.Artifacts, new RepoPaths(root), manifestFile);
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
        return true;
    }

    private static string? ResolveRepoRoot(SyncRequest request)
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
