using System;
using System.ComponentModel;

namespace Spectra.Generation;

/// <summary>
/// The evaluated value of one public static member of a <see cref="PlatformAttribute"/> class, embedded in the org
/// package's assembly: a consumer's generator sees referenced assemblies only as metadata and reads values from here.
/// </summary>
/// <remarks>Emitted by the generator; not meant to be written by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class SpectraModelAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="declarationId">The member's id: its containing type's full name, a dot, and its name.</param>
    /// <param name="value">The evaluated value, serialized by the generator (a private format tied to <see cref="SpectraModelVersionAttribute"/>).</param>
    public SpectraModelAttribute(string declarationId, string value)
    {
        DeclarationId = declarationId;
        Value = value;
    }

    /// <summary>The member's id.</summary>
    public string DeclarationId { get; }

    /// <summary>The evaluated value, serialized.</summary>
    public string Value { get; }
}
