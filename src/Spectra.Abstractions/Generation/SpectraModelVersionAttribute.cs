using System;
using System.ComponentModel;

namespace Spectra.Generation;

/// <summary>
/// The Spectra version that built an org package's embedded model: a consumer whose generator is older refuses
/// the model with a clear error instead of misreading it.
/// </summary>
/// <remarks>Emitted by the generator; not meant to be written by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class SpectraModelVersionAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="version">The Spectra generator version that evaluated the model.</param>
    public SpectraModelVersionAttribute(string version) => Version = version;

    /// <summary>The Spectra generator version that evaluated the model.</summary>
    public string Version { get; }
}
