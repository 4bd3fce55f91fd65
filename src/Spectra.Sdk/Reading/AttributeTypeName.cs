using System.Reflection.Metadata;

namespace Spectra.Sdk.Reading;

/// <summary>Finds the full name of a custom attribute's type without resolving or loading anything.</summary>
internal static class AttributeTypeName
{
    /// <summary>"Namespace.Name" of the attribute's type, or null for shapes Spectra never uses (generic attributes).</summary>
    public static string? Of(MetadataReader metadata, CustomAttribute attribute)
    {
        switch (attribute.Constructor.Kind)
        {
            // The usual case: the attribute type lives in another assembly (Spectra.Abstractions).
            case HandleKind.MemberReference:
                var parent = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
                return parent.Kind switch
                {
                    HandleKind.TypeReference => Name(metadata, metadata.GetTypeReference((TypeReferenceHandle)parent)),
                    HandleKind.TypeDefinition => Name(metadata, metadata.GetTypeDefinition((TypeDefinitionHandle)parent)),
                    _ => null,
                };

            // The attribute type is defined in the same assembly.
            case HandleKind.MethodDefinition:
                var declaring = metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType();
                return Name(metadata, metadata.GetTypeDefinition(declaring));

            default:
                return null;
        }
    }

    public static string Name(MetadataReader metadata, TypeReference type) =>
        Join(metadata.GetString(type.Namespace), metadata.GetString(type.Name));

    public static string Name(MetadataReader metadata, TypeDefinition type)
    {
        var name = metadata.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        return declaring.IsNil
            ? Join(metadata.GetString(type.Namespace), name)
            : Name(metadata, metadata.GetTypeDefinition(declaring)) + "+" + name;
    }

    private static string Join(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
}
