using System;
using System.Collections.Generic;
using Spectra.Sdk.Diagnostics;
using Spectra.Sdk.Paths;
using Spectra.Sdk.Reading;

namespace Spectra.Sdk.Sync;

/// <summary>Rejects artifacts whose paths are unsafe or collide, before any of them is planned.</summary>
internal static class ArtifactChecks
{
    /// <summary>The artifacts that may be written; a diagnostic is added for each one that may not.</summary>
    public static List<Artifact> Valid(IReadOnlyList<Artifact> artifacts, List<SpectraDiagnostic> diagnostics)
    {
        var valid = new List<Artifact>();
        // Ignoring case: two paths that differ only in case are one file on Windows and macOS.
        var seen = new Dictionary<string, Artifact>(StringComparer.OrdinalIgnoreCase);
        foreach (var artifact in artifacts)
        {
            if (ArtifactPathValidator.Check(artifact.Path) is { } reason)
            {
                diagnostics.Add(DiagnosticCatalog.InvalidArtifactPath(artifact.Path, artifact.DeclaringType, reason));
            }
            else if (seen.TryGetValue(artifact.Path, out var first))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicatePath(artifact.Path, first.DeclaringType, artifact.DeclaringType));
            }
            else
            {
                seen.Add(artifact.Path, artifact);
                valid.Add(artifact);
            }
        }

        return valid;
    }

    /// <summary>The manifest entries that are safe to act on; a hand-edited bad line is an error, not ignored.</summary>
    public static List<string> ValidEntries(IReadOnlyList<string> entries, string manifestFile, List<SpectraDiagnostic> diagnostics)
    {
        var valid = new List<string>();
        foreach (var entry in entries)
        {
            if (ArtifactPathValidator.Check(entry) is { } reason)
            {
                diagnostics.Add(DiagnosticCatalog.InvalidManifestEntry(entry, manifestFile, reason));
            }
            else
            {
                valid.Add(entry);
            }
        }

        return valid;
    }
}
