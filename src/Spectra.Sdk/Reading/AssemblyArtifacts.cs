using System.Collections.Generic;
using Spectra.Sdk.Diagnostics;

namespace Spectra.Sdk.Reading;

/// <summary>What a compiled declarations assembly says about its Spectra output.</summary>
/// <param name="Artifacts">The embedded files that were decoded, in metadata order (not those of skipped bundles).</param>
/// <param name="GeneratorVersion">The version from <c>SpectraGeneratedAttribute</c>; null if the generator did not run.</param>
/// <param name="Declarations">Full names of types that carry a Spectra declaration marker attribute.</param>
/// <param name="Unreadable">SPX9009 when embedded files could not be decoded (then <paramref name="Artifacts"/> is
/// incomplete and must not be written); null when all were read.</param>
/// <param name="Bundles">Every bundle read from an assembly, decoded or skipped; null when the artifacts were given
/// directly (tests), which records no sync state.</param>
internal sealed record AssemblyArtifacts(
    IReadOnlyList<Artifact> Artifacts,
    string? GeneratorVersion,
    IReadOnlyList<string> Declarations,
    SpectraDiagnostic? Unreadable = null,
    IReadOnlyList<EmbeddedBundle>? Bundles = null)
{
    /// <summary>Declarations exist but nothing marks the generator as having run (e.g. CS9057 dropped it).</summary>
    public bool GeneratorMissing => Declarations.Count > 0 && GeneratorVersion is null;
}
