using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;

namespace Spectra.Generators.Workflows.Pinning;

/// <summary>One parsed lock file: its entries with their locations, and what was wrong with it.</summary>
internal sealed record PinFile(string Path, EquatableArray<PinEntry> Entries, EquatableArray<DiagnosticInfo> Problems)
{
    /// <summary>The name the generator recognises in AdditionalFiles; Spectra.Sdk adds the file under this name.</summary>
    public const string FileName = "spectra-pins.json";

    /// <summary>The item metadata that marks an AdditionalFiles item of another name as the lock file.</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles.SpectraPins";

    public static bool HasLockFileName(string path) =>
        string.Equals(System.IO.Path.GetFileName(path), FileName, StringComparison.OrdinalIgnoreCase);
}

internal sealed record PinEntry(ActionPin Pin, LocationInfo Location);

/// <summary>
/// Every lock file of the compilation merged into one table. Normally there is one; with several, a reference that
/// two files pin to different SHAs is a problem rather than a silent winner.
/// </summary>
internal sealed record PinLock(PinTable Table, EquatableArray<DiagnosticInfo> Problems)
{
    public static PinLock Merge(ImmutableArray<PinFile> files)
    {
        var pins = new Dictionary<string, ActionPin>(StringComparer.Ordinal);
        var order = new List<ActionPin>();
        var problems = new List<DiagnosticInfo>();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            problems.AddRange(file.Problems);
            foreach (var entry in file.Entries)
            {
                if (!pins.TryGetValue(entry.Pin.Reference, out var existing))
                {
                    pins.Add(entry.Pin.Reference, entry.Pin);
                    order.Add(entry.Pin);
                }
                else if (!string.Equals(existing.Sha, entry.Pin.Sha, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.InvalidPinLockFile, entry.Location, Path.GetFileName(file.Path),
                        $"'{entry.Pin.Reference}' is pinned to {existing.Sha} by another lock file and to {entry.Pin.Sha} here"));
                }
            }
        }

        return new PinLock(new PinTable(order.OrderBy(p => p.Reference, StringComparer.Ordinal).ToEquatableArray()), problems.ToEquatableArray());
    }
}
