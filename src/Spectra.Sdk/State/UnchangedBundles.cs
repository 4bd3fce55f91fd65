using System;
using System.Collections.Generic;
using System.Linq;
using Spectra.Sdk.Paths;

namespace Spectra.Sdk.State;

/// <summary>
/// Decides which bundles need not be decoded or compared: the previous sync wrote the same payload, and each of its
/// files still has the size and write time it had then. A file edited, deleted or checked out since has another
/// stamp and sends its bundle through the full comparison.
/// </summary>
internal sealed class UnchangedBundles
{
    /// <summary>Nothing is skipped: verify mode, or no usable state.</summary>
    public static readonly UnchangedBundles None = new(null, null);

    private readonly Dictionary<(string DeclaringType, string PayloadHash), BundleState> _previous = [];
    private readonly RepoPaths? _repo;

    private UnchangedBundles(SyncState? previous, RepoPaths? repo)
    {
        _repo = repo;
        foreach (var bundle in previous?.Bundles ?? [])
        {
            _previous[(bundle.DeclaringType, bundle.PayloadHash)] = bundle;
        }
    }

    /// <summary>
    /// The previous state, when it was written for this repository root, this manifest and this task, and the
    /// manifest is as it left it (an edited manifest changes which files are stale, so everything is checked).
    /// </summary>
    public static UnchangedBundles From(SyncState? previous, string repoRoot, string manifestFile)
    {
        var repo = new RepoPaths(repoRoot);
        return previous is not null
            && string.Equals(previous.RepoRoot, repo.Root, StringComparison.Ordinal)
            && string.Equals(previous.ManifestFile, manifestFile, StringComparison.Ordinal)
            && string.Equals(previous.TaskVersion, SyncStateFile.TaskVersion, StringComparison.Ordinal)
            && previous.Manifest == FileStamp.Of(manifestFile)
                ? new UnchangedBundles(previous, repo)
                : None;
    }

    /// <summary>The bundle as last written, if it can be skipped now; null if it must be decoded.</summary>
    public BundleState? Find(string declaringType, string payloadHash) =>
        _repo is not null
        && _previous.TryGetValue((declaringType, payloadHash), out var bundle)
        && bundle.Files.All(file => FileStamp.Of(_repo.ToFull(file.Path)) == file.Stamp)
            ? bundle
            : null;
}
