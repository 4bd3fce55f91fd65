using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Spectra.Sdk.Diagnostics;
using Spectra.Sdk.Files;
using Spectra.Sdk.Paths;
using Spectra.Sdk.Reading;

namespace Spectra.Sdk.Sync;

/// <summary>
/// Compares the artifacts with the disk and the manifest and decides what to write and delete. It only reads.
/// Safety rules live here: a file is overwritten or deleted only if it carries the Spectra header or (for
/// overwriting) the manifest lists it.
/// </summary>
internal static class SyncPlanner
{
    public static SyncPlan Plan(IReadOnlyList<Artifact> artifacts, RepoPaths repo, string manifestFile) =>
        Plan(artifacts, [], repo, manifestFile);

    /// <param name="artifacts">The decoded files, compared with the disk.</param>
    /// <param name="unchanged">The files of bundles skipped as unchanged since the last sync (no content): they are
    /// produced and up to date, and take part in the path checks like any other.</param>
    /// <param name="repo">The repository root.</param>
    /// <param name="manifestFile">The manifest's full path.</param>
    public static SyncPlan Plan(IReadOnlyList<Artifact> artifacts, IReadOnlyList<Artifact> unchanged, RepoPaths repo, string manifestFile)
    {
        var diagnostics = new List<SpectraDiagnostic>();
        var valid = ArtifactChecks.Valid([.. unchanged, .. artifacts], diagnostics);
        var skipped = new HashSet<Artifact>(unchanged, ReferenceEqualityComparer.Instance);
        var listed = ArtifactChecks.ValidEntries(Manifest.ReadEntries(manifestFile), manifestFile, diagnostics);
        var produced = new HashSet<string>(valid.Select(artifact => artifact.Path), StringComparer.Ordinal);
        var stale = listed.Where(path => !produced.Contains(path)).Distinct(StringComparer.Ordinal).ToList();

        var changes = PlanDeletions(stale, repo, diagnostics);
        // A case-only rename deletes the old spelling first; on Windows and macOS that is the same file, so the new
        // spelling must then be written even if its bytes match.
        var renamed = new HashSet<string>(changes.Select(change => change.Path), StringComparer.OrdinalIgnoreCase);
        var upToDate = 0;
        var listedSet = new HashSet<string>(listed, StringComparer.Ordinal);
        foreach (var artifact in valid)
        {
            // A skipped file is never among the case-only renames: bundles are skipped only while the manifest is as
            // the last sync left it, listing exactly what was produced, so no stale entry differs from it in case.
            if (skipped.Contains(artifact))
            {
                upToDate++;
                continue;
            }

            var change = PlanWrite(artifact, repo, listedSet.Contains(artifact.Path), renamed.Contains(artifact.Path), diagnostics, ref upToDate);
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        return new SyncPlan(changes, upToDate, manifestFile, PlanManifest(manifestFile, produced), diagnostics);
    }

    private static List<PlannedChange> PlanDeletions(List<string> stale, RepoPaths repo, List<SpectraDiagnostic> diagnostics)
    {
        var deletions = new List<PlannedChange>();
        foreach (var path in stale)
        {
            var fullPath = repo.ToFull(path);
            if (GeneratedHeader.IsInFile(fullPath))
            {
                deletions.Add(new PlannedChange(FileChange.Delete, path, fullPath, null, null, null));
            }
            else if (File.Exists(fullPath))
            {
                diagnostics.Add(DiagnosticCatalog.StaleFileKept(path, fullPath));
            }
        }

        return deletions;
    }

    private static PlannedChange? PlanWrite(
        Artifact artifact, RepoPaths repo, bool listed, bool mustWrite, List<SpectraDiagnostic> diagnostics, ref int upToDate)
    {
        var fullPath = repo.ToFull(artifact.Path);
        var content = GeneratedText.ToBytes(artifact.Content);
        if (!File.Exists(fullPath) || mustWrite)
        {
            return new PlannedChange(FileChange.Create, artifact.Path, fullPath, artifact.DeclaringType, content, null);
        }

        var current = File.ReadAllBytes(fullPath);
        if (current.AsSpan().SequenceEqual(content))
        {
            upToDate++;
            return null;
        }

        if (!listed && !GeneratedHeader.IsIn(current))
        {
            diagnostics.Add(DiagnosticCatalog.NotGeneratedBySpectra(artifact.Path, fullPath, artifact.DeclaringType));
            return null;
        }

        return new PlannedChange(FileChange.Update, artifact.Path, fullPath, artifact.DeclaringType, content, current);
    }

    // No manifest is created for a project that generates nothing; an existing one is kept up to date.
    private static byte[]? PlanManifest(string manifestFile, IEnumerable<string> produced)
    {
        var exists = File.Exists(manifestFile);
        var paths = produced.ToList();
        if (!exists && paths.Count == 0)
        {
            return null;
        }

        var content = GeneratedText.ToBytes(Manifest.Render(paths));
        return exists && File.ReadAllBytes(manifestFile).AsSpan().SequenceEqual(content) ? null : content;
    }
}
