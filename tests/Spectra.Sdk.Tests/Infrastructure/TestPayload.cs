using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace Spectra.Sdk.Tests.Infrastructure;

/// <summary>
/// Writes <c>SpectraArtifactsAttribute</c> payloads as the attribute's documentation describes them. Written from
/// the documented format rather than shared with the generator's encoder (which these tests cannot see), so the
/// reader is checked against the format, and the end-to-end tests check it against the real generator.
/// </summary>
internal static class TestPayload
{
    /// <summary>An <c>[assembly: SpectraArtifacts(...)]</c> line holding the files.</summary>
    public static string Attribute(string declaringType, params (string Path, string Content)[] files) =>
        Attribute(declaringType, Encode(files));

    public static string Attribute(string declaringType, string payload) =>
        $"[assembly: Spectra.Generation.SpectraArtifacts({Literal(declaringType)}, {Literal(payload)})]\n";

    public static string Encode(params (string Path, string Content)[] files) => Encode(1, Records(files));

    /// <summary>A version byte, then <paramref name="records"/> deflated, in base64.</summary>
    public static string Encode(byte version, byte[] records)
    {
        using var buffer = new MemoryStream();
        buffer.WriteByte(version);
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(records);
        }

        return Convert.ToBase64String(buffer.ToArray());
    }

    /// <summary>The uncompressed records: a count, then path and content of each file.</summary>
    public static byte[] Records(params (string Path, string Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
        {
            writer.Write(files.Length);
            foreach (var (path, content) in files)
            {
                writer.Write(path);
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A C# string literal; payloads and paths in tests never need more than these escapes.</summary>
    private static string Literal(string text) =>
        "\"" + string.Concat(text.Select(c => c switch
        {
            '\\' => "\\\\",
            '"' => "\\\"",
            '\n' => "\\n",
            _ => c.ToString(),
        })) + "\"";
}
