using System.Collections.Generic;

namespace Spectra.Sdk.Reading;

/// <summary>What a compiled declarations assembly says about its Spectra output.</summary>
/// <param name="Artifacts">The embedded files, in metadata order.</param>
/// <param name="GeneratorVersion">The version from <c>SpectraGeneratedAttribute</c>; null if the generator did not run.</param>
/// <param name="Declarations">Full names of types that carry a Spectra declaration marker attribute.</param>
internal sealed record AssemblyArtifacts(
    IReadOnlyList<Artifact> Artifacts,
    string? GeneratorVersion,
    IReadOnlyList<string> Declarations)
{
    /// <summary>Declarations exist but nothing marks the generator as having run (e.g. CS9057 dropped it).</summary>
    public bool GeneratorMissing => Declarations.Count > 0 && GeneratorVersion is null;
}
