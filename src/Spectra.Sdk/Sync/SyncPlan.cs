using System.Collections.Generic;
using System.Linq;
using Spectra.Sdk.Diagnostics;

namespace Spectra.Sdk.Sync;

/// <summary>What a file needs so that the disk matches the declarations.</summary>
internal enum FileChange
{
    /// <summary>The file does not exist yet.</summary>
    Create,

    /// <summary>The file exists with other bytes.</summary>
    Update,

    /// <summary>The manifest lists the file, it still carries the Spectra header and nothing generates it now.</summary>
    Delete,
}

/// <summary>One file to create, update or delete.</summary>
/// <param name="Change">What to do.</param>
/// <param name="Path">Repository-relative path, for messages.</param>
/// <param name="FullPath">Absolute path.</param>
/// <param name="DeclaringType">The declaration that generates the file; null for a deletion.</param>
/// <param name="Content">The new bytes; null for a deletion.</param>
/// <param name="Current">The bytes on disk now, for an update's diff; null otherwise.</param>
internal sealed record PlannedChange(
    FileChange Change, string Path, string FullPath, string? DeclaringType, byte[]? Content, byte[]? Current);

/// <summary>
/// Everything one build would change, computed before anything is written, so that any error means nothing is
/// written at all and verify mode can report the same plan instead of applying it.
/// </summary>
/// <param name="Changes">Files to change; deletions are applied before writes.</param>
/// <param name="UpToDate">How many generated files already match.</param>
/// <param name="ManifestFile">Absolute path of the manifest.</param>
/// <param name="NewManifest">The manifest's new bytes, or null when it is already right.</param>
/// <param name="Diagnostics">Errors and warnings found while planning.</param>
internal sealed record SyncPlan(
    IReadOnlyList<PlannedChange> Changes,
    int UpToDate,
    string ManifestFile,
    byte[]? NewManifest,
    IReadOnlyList<SpectraDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(diagnostic => !diagnostic.IsWarning);
}
