using System.Collections.Generic;

namespace Spectra.Sdk.State;

/// <summary>
/// What the last successful write-mode sync left on disk, kept next to the compiled assembly (obj/) in
/// <c>spectra.sync.state</c>, so that the next build can skip the bundles it already wrote.
/// </summary>
/// <param name="Format">The layout of this file; another value means "no state".</param>
/// <param name="TaskVersion">The Spectra.Sdk that wrote it: another task may turn the same payload into other bytes.</param>
/// <param name="RepoRoot">The repository root the paths are relative to.</param>
/// <param name="ManifestFile">The manifest's full path.</param>
/// <param name="Manifest">The manifest's stamp after the sync; null when there was none.</param>
/// <param name="Bundles">Every bundle of the assembly, with the stamps of its files after the sync.</param>
internal sealed record SyncState(
    int Format, string TaskVersion, string RepoRoot, string ManifestFile, FileStamp? Manifest, IReadOnlyList<BundleState> Bundles)
{
    public const int CurrentFormat = 1;
}

/// <summary>One declaration's bundle as last written.</summary>
/// <param name="DeclaringType">The declaration.</param>
/// <param name="PayloadHash">SHA-256 of the payload string: equal means the same files.</param>
/// <param name="Files">Each file's repository-relative path and its stamp after the sync.</param>
internal sealed record BundleState(string DeclaringType, string PayloadHash, IReadOnlyList<FileState> Files);

/// <summary>One written file.</summary>
/// <param name="Path">Repository-relative path.</param>
/// <param name="Stamp">Size and write time after the sync.</param>
internal sealed record FileState(string Path, FileStamp Stamp);
