using System.Collections.Generic;
using System.Linq;
using Spectra.Sdk.Paths;
using Spectra.Sdk.Reading;

namespace Spectra.Sdk.State;

/// <summary>The state after a successful write: every bundle with the stamps its files have now.</summary>
internal static class SyncStateBuilder
{
    public static SyncState After(IReadOnlyList<EmbeddedBundle> bundles, RepoPaths repo, string manifestFile) =>
        new(
            SyncState.CurrentFormat,
            SyncStateFile.TaskVersion,
            repo.Root,
            manifestFile,
            FileStamp.Of(manifestFile),
            [.. bundles.Select(bundle => bundle.Unchanged ?? Written(bundle, repo)).OfType<BundleState>()]);

    // A file that is missing right after a successful sync (deleted in between) leaves its bundle out: it is decoded
    // and compared next time.
    private static BundleState? Written(EmbeddedBundle bundle, RepoPaths repo)
    {
        var files = new List<FileState>();
        foreach (var file in bundle.Files ?? [])
        {
            if (FileStamp.Of(repo.ToFull(file.Path)) is not { } stamp)
            {
                return null;
            }

            files.Add(new FileState(file.Path, stamp));
        }

        return new BundleState(bundle.DeclaringType, bundle.PayloadHash, files);
    }
}
