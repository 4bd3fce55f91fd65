using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Spectra.Generators.Emit;

/// <summary>
/// Encodes a declaration's files into the payload of <c>SpectraArtifactsAttribute</c> (format in that attribute's
/// remarks; the Spectra.Sdk task decodes it in Reading/ArtifactPayload.cs).
/// </summary>
internal static class ArtifactPayload
{
    /// <summary>Raised when the format changes; the task refuses versions it does not know (SPX9009).</summary>
    public const byte FormatVersion = 1;

    /// <summary>
    /// Fastest (zlib level 1) rather than Optimal: measured on the 200-service org (docs/performance.md) it costs a
    /// few percent more bytes for a fraction of the time, and the compiler deflates the generated sources again into
    /// the PDB anyway.
    /// </summary>
    public const CompressionLevel Level = CompressionLevel.Fastest;

    public static string Encode(IReadOnlyList<RenderedArtifact> artifacts)
    {
        using var buffer = new MemoryStream();
        buffer.WriteByte(FormatVersion);
        using (var deflate = new DeflateStream(buffer, Level, leaveOpen: true))
        using (var writer = new BinaryWriter(deflate, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false)))
        {
            writer.Write(artifacts.Count);
            foreach (var artifact in artifacts)
            {
                writer.Write(artifact.Path);
                writer.Write(artifact.Content);
            }
        }

        return Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
