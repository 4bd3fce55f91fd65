using System;
using System.Reflection.Metadata;

namespace Spectra.Sdk.Reading;

/// <summary>
/// The minimum System.Reflection.Metadata needs to decode attribute arguments. Spectra's attributes take only
/// strings and ints, so types are represented by their primitive code and anything else is refused.
/// </summary>
internal sealed class ArgumentTypeProvider : ICustomAttributeTypeProvider<PrimitiveTypeCode>
{
    public static readonly ArgumentTypeProvider Instance = new();

    public PrimitiveTypeCode GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode;

    public PrimitiveTypeCode GetSystemType() => throw Unsupported("System.Type");

    public PrimitiveTypeCode GetSZArrayType(PrimitiveTypeCode elementType) => throw Unsupported("array");

    public PrimitiveTypeCode GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => throw Unsupported("enum");

    public PrimitiveTypeCode GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => throw Unsupported("enum");

    public PrimitiveTypeCode GetTypeFromSerializedName(string name) => throw Unsupported(name);

    public PrimitiveTypeCode GetUnderlyingEnumType(PrimitiveTypeCode type) => throw Unsupported("enum");

    public bool IsSystemType(PrimitiveTypeCode type) => false;

    private static BadImageFormatException Unsupported(string what) =>
        new($"A Spectra attribute has an argument of type {what}; only strings and integers are expected.");
}
