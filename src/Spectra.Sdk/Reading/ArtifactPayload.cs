using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Spectra.Sdk.Reading;

/// <summary>
/// Decodes the payload of one <c>SpectraArtifactsAttribute</c>: base64 of a format version byte and a raw deflate
/// stream holding the file count, then each file's path and content as BinaryWriter strings. The format is
/// documented on the attribute (Spectra.Abstractions) and written by the generator's Emit/ArtifactPayload.cs.
/// </summary>
internal static class ArtifactPayload
{
    public const byte FormatVersion = 1;

    // Strict: a payload is produced by the generator, so a byte that is not UTF-8 means corruption, not user text.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The files, in the order the generator rendered them.</summary>
    /// <exception cref="InvalidDataException">The payload is not valid base64, not a complete deflate stream in the
    /// expected shape, or of a format version this Spectra.Sdk does not know; the message says which.</exception>
    public static IReadOnlyList<Artifact> Decode(string payload, string declaringType)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(payload);
        }
        catch (FormatException)
        {
            throw new InvalidDataException("the payload is not valid base64");
        }

        if (bytes.Length == 0)
        {
            throw new InvalidDataException("the payload is empty");
        }

        if (bytes[0] != FormatVersion)
        {
            throw new InvalidDataException($"the payload has format version {bytes[0]}; this Spectra.Sdk reads version {FormatVersion}");
        }

        try
        {
            return ReadFiles(bytes, declaringType);
        }
        catch (Exception exception) when (exception is EndOfStreamException or InvalidDataException or DecoderFallbackException or IOException)
        {
            throw new InvalidDataException("the compressed files are truncated or corrupt (" + exception.Message + ")");
        }
    }

    private static List<Artifact> ReadFiles(byte[] bytes, string declaringType)
    {
        using var deflate = new DeflateStream(new MemoryStream(bytes, 1, bytes.Length - 1), CompressionMode.Decompress);
        using var reader = new BinaryReader(deflate, Utf8);
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException($"negative file count {count}");
        }

        // Not pre-sized from the count: a corrupt count must not allocate before the data runs out.
        var files = new List<Artifact>();
        for (var i = 0; i < count; i++)
        {
            files.Add(new Artifact(reader.ReadString(), reader.ReadString(), declaringType));
        }

        if (deflate.ReadByte() != -1)
        {
            throw new InvalidDataException($"data follows the last of {count} files");
        }

        return files;
    }
}
