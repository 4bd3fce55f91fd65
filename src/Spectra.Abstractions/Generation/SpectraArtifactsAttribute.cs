using System;
using System.ComponentModel;

namespace Spectra.Generation;

/// <summary>
/// All files one Spectra declaration rendered, embedded in the compiled assembly so that the Spectra.Sdk task can
/// write them into the repository without loading the assembly. One attribute per declaration, compressed: the
/// compiler's cost grows with the number of attributes, and it deflates every generated source again into the PDB.
/// </summary>
/// <remarks>
/// <para>Emitted by the generator; not meant to be written by hand.</para>
/// <para>
/// <see cref="Payload"/> is base64 of: one format version byte (currently <c>1</c>), then a raw deflate stream
/// (RFC 1951, no zlib or gzip header). The version byte stays outside the deflate data so that a later format may
/// change the compression and an older reader still recognises it as a version it does not know. The deflate
/// stream holds the file count, then for each file its path and its content, in the format of
/// <c>System.IO.BinaryWriter</c>: the count is a 4-byte little-endian integer, each string is its UTF-8 byte length
/// as a 7-bit encoded integer followed by the bytes. Nothing may follow the last file. Paths are relative to the
/// repository root with forward slashes; contents are complete files, header included, with <c>\n</c> line endings.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class SpectraArtifactsAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="declaringType">The fully qualified name of the declaration that produced the files.</param>
    /// <param name="payload">The files, encoded as described in the remarks.</param>
    public SpectraArtifactsAttribute(string declaringType, string payload)
    {
        DeclaringType = declaringType;
        Payload = payload;
    }

    /// <summary>The fully qualified name of the declaration that produced the files.</summary>
    public string DeclaringType { get; }

    /// <summary>The files: base64 of a version byte and a raw deflate stream (see the remarks).</summary>
    public string Payload { get; }
}
