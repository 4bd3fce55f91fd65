using Spectra.Sdk.Diagnostics;
using Spectra.Sdk.Files;

namespace Spectra.Sdk.Sync;

/// <summary>
/// Verify mode: turns what a build would change into one error per file, so CI fails with the list of files to
/// regenerate and commit. Nothing is written.
/// </summary>
internal static class DriftReporter
{
    public static void Report(SyncPlan plan, ISyncLog log)
    {
        foreach (var change in plan.Changes)
        {
            log.Report(Describe(change));
        }

        if (plan.NewManifest is not null)
        {
            log.Report(DiagnosticCatalog.ManifestOutOfDate(plan.ManifestFile));
        }
    }

    private static SpectraDiagnostic Describe(PlannedChange change) => change.Change switch
    {
        FileChange.Delete => DiagnosticCatalog.Orphaned(change.Path, change.FullPath),
        FileChange.Update => DiagnosticCatalog.Differs(
            change.Path,
            change.FullPath,
            change.DeclaringType!,
            ShortDiff.Between(change.Path, GeneratedText.Decode(change.Current!), GeneratedText.Decode(change.Content!))),
        _ => DiagnosticCatalog.Missing(change.Path, change.FullPath, change.DeclaringType!),
    };
}
