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
    /// Optimal (zlib level 6), measured on the 200-service org (401 declarations, 10 MB of files; `payload 200` in
    /// tests/Spectra.Benchmarks): payloads of 1.8 MB against 2.7 MB at Fastest, for 130 ms against 40 ms to encode
    /// every declaration. Encoding is paid once per changed declaration (the render cache keeps the payload), the
    /// size on every build (the compiler parses the literal and deflates it again into the PDB). SmallestSize saves
    /// 2% more at twice the time and does not exist on netstandard2.0.
    /// </summary>
    public const CompressionLevel Level = CompressionLevel.Optimal;

    public static string Encode(IReadOnlyList<RenderedArtifact> artifacts) => Encode(artifacts, Level);

    /// <summary>At another level: the benchmarks compare them (tests/Spectra.Benchmarks/PayloadReport.cs).</summary>
    public static string Encode(IReadOnlyList<RenderedArtifact> artifacts, CompressionLevel level)
    {
        using var buffer = new MemoryStream();
        buffer.WriteByte(FormatVersion);
        using (var deflate = new DeflateStream(buffer, level, leaveOpen: true))
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
