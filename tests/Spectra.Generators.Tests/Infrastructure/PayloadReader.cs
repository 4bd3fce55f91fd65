using System.IO.Compression;
using System.Text;

namespace Spectra.Generators.Tests.Infrastructure;

/// <summary>
/// Decodes a <c>SpectraArtifactsAttribute</c> payload as the attribute documents it (version byte, raw deflate,
/// count, then path and content per file). Written from the documented format, not shared with the task's decoder,
/// so a generator test fails when the generator departs from the format.
/// </summary>
internal static class PayloadReader
{
    public static IReadOnlyList<(string Path, string Content)> Decode(string payload)
    {
        var bytes = Convert.FromBase64String(payload);
        Assert.Equal(1, bytes[0]);
        using var reader = new BinaryReader(new DeflateStream(new MemoryStream(bytes, 1, bytes.Length - 1), CompressionMode.Decompress), Encoding.UTF8);
        var files = Enumerable.Range(0, reader.ReadInt32()).Select(_ => (reader.ReadString(), reader.ReadString())).ToList();
        Assert.Equal(-1, reader.BaseStream.ReadByte());
        return files;
    }
}
