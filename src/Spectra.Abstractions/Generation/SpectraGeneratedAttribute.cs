using System;
using System.ComponentModel;

namespace Spectra.Generation;

/// <summary>
/// Marks an assembly whose Spectra declarations were processed by the generator. Its absence on an assembly that
/// has declarations means the generator did not run (for example, a compiler older than the generator's Roslyn).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class SpectraGeneratedAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="generatorVersion">The version of the generator that ran.</param>
    /// <param name="declarationCount">How many Spectra declarations the generator processed.</param>
    public SpectraGeneratedAttribute(string generatorVersion, int declarationCount)
    {
        GeneratorVersion = generatorVersion;
        DeclarationCount = declarationCount;
    }

    /// <summary>The version of the generator that ran.</summary>
    public string GeneratorVersion { get; }

    /// <summary>How many Spectra declarations the generator processed.</summary>
    public int DeclarationCount { get; }
}
