using System;
using System.Collections.Generic;

namespace Spectra.Sdk.Reading;

/// <summary>
/// The attribute names the task looks for, matched by name in metadata: the task never references
/// Spectra.Abstractions, so any Spectra version's assembly can be read.
/// </summary>
internal static class SpectraAttributeNames
{
    public const string Namespace = "Spectra.Generation";
    public const string Artifacts = "SpectraArtifactsAttribute";

    /// <summary>One file per attribute, uncompressed: what Spectra.Generators wrote before the bundled format.</summary>
    public const string LegacyArtifact = "SpectraArtifactAttribute";
    public const string Generated = "SpectraGeneratedAttribute";

    /// <summary>
    /// Attributes that mark a type as a Spectra declaration. A type with one of these means the generator must have
    /// run; add each new declaration kind here.
    /// </summary>
    public static readonly IReadOnlySet<string> DeclarationMarkers = new HashSet<string>(StringComparer.Ordinal)
    {
        "Spectra.WorkflowAttribute",
        "Spectra.EnvironmentsAttribute",
        "Spectra.ServiceAttribute",
        "Spectra.PlatformAttribute",
    };
}
