using System.IO;
using Spectra.Sdk.Files;

namespace Spectra.Sdk.Sync;

/// <summary>Applies a plan that has no errors: deletions first (so a case-only rename works), then writes, then the manifest.</summary>
internal static class PlanWriter
{
    public static void Apply(SyncPlan plan, ISyncLog log)
    {
        foreach (var change in plan.Changes)
        {
            if (change.Change == FileChange.Delete)
            {
                File.Delete(change.FullPath);
                log.Message($"Spectra: deleted {change.Path}", important: true);
            }
        }

        foreach (var change in plan.Changes)
        {
            if (change.Content is not null)
            {
                AtomicFile.Write(change.FullPath, change.Content);
                log.Message($"Spectra: wrote {change.Path}", important: true);
            }
        }

        if (plan.NewManifest is not null)
        {
            AtomicFile.Write(plan.ManifestFile, plan.NewManifest);
            log.Message($"Spectra: updated the manifest {plan.ManifestFile}", important: false);
        }

        log.Message($"Spectra: {plan.UpToDate} generated file(s) already up to date.", important: false);
    }
}
