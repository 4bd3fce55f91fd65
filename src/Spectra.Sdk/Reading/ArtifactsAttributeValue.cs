using System;
using System.Buffers;
using System.IO;
using System.Reflection.Metadata;
using System.Security.Cryptography;

namespace Spectra.Sdk.Reading;

/// <summary>
/// The two string arguments of one <c>[assembly: SpectraArtifacts(declaringType, payload)]</c>, read straight from
/// the attribute's value blob. The payload is hashed as the UTF-8 the metadata stores and becomes a string only when
/// its bundle has to be decoded: at 200 services the payloads are ~2.7 MB, and turning all of them into strings on
/// every build was most of the task's garbage, collected inside MSBuild's large heap.
/// </summary>
internal readonly struct ArtifactsAttributeValue
{
    private const ushort Prolog = 1;
    private const byte NullString = 0xFF;

    // Positioned at the payload's first byte; valid while the PEReader it came from is open.
    private readonly BlobReader _payload;
    private readonly int _payloadLength;

    private ArtifactsAttributeValue(string declaringType, string payloadHash, BlobReader payload, int payloadLength)
    {
        DeclaringType = declaringType;
        PayloadHash = payloadHash;
        _payload = payload;
        _payloadLength = payloadLength;
    }

    public string DeclaringType { get; }

    /// <summary>SHA-256 of the payload's UTF-8 bytes, as upper-case hex.</summary>
    public string PayloadHash { get; }

    /// <summary>The payload as a string; a null argument reads as empty, which decoding then rejects.</summary>
    public string Payload()
    {
        var reader = _payload;
        return reader.ReadUTF8(_payloadLength);
    }

    /// <exception cref="InvalidDataException">The attribute's constructor is not (string, string).</exception>
    /// <exception cref="BadImageFormatException">The blob is malformed.</exception>
    public static ArtifactsAttributeValue Read(MetadataReader metadata, CustomAttribute attribute, string attributeName)
    {
        CheckConstructor(metadata, attribute.Constructor, attributeName);
        var reader = metadata.GetBlobReader(attribute.Value);
        if (reader.ReadUInt16() != Prolog)
        {
            throw new BadImageFormatException($"{attributeName} has no custom attribute prolog.");
        }

        var declaringType = reader.ReadSerializedString() ?? string.Empty;
        var length = SerializedStringLength(ref reader);
        var payload = reader;
        return new ArtifactsAttributeValue(declaringType, Hash(ref reader, length), payload, length);
    }

    // A SerString is 0xFF (null) or a compressed length followed by that many UTF-8 bytes.
    private static int SerializedStringLength(ref BlobReader reader)
    {
        var start = reader.Offset;
        if (reader.ReadByte() == NullString)
        {
            return 0;
        }

        reader.Offset = start;
        return reader.ReadCompressedInteger();
    }

    private static string Hash(ref BlobReader reader, int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            reader.ReadBytes(length, buffer, 0);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            return Convert.ToHexString(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // The blob is read by position, so its layout must be the one a (string, string) constructor gives.
    private static void CheckConstructor(MetadataReader metadata, EntityHandle constructor, string attributeName)
    {
        var signature = metadata.GetBlobReader(constructor.Kind == HandleKind.MethodDefinition
            ? metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).Signature
            : metadata.GetMemberReference((MemberReferenceHandle)constructor).Signature);
        signature.ReadSignatureHeader();
        var count = signature.ReadCompressedInteger();
        var strings = count == 2
            && signature.ReadSignatureTypeCode() == SignatureTypeCode.Void
            && signature.ReadSignatureTypeCode() == SignatureTypeCode.String
            && signature.ReadSignatureTypeCode() == SignatureTypeCode.String;
        if (!strings)
        {
            throw new InvalidDataException($"{attributeName} has {count} arguments; this Spectra.Sdk expects 2 strings.");
        }
    }
}
