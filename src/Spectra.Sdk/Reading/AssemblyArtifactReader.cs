using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Spectra.Sdk.Diagnostics;
using Spectra.Sdk.State;

namespace Spectra.Sdk.Reading;

/// <summary>
/// Reads Spectra's assembly attributes and declaration markers straight from metadata. Nothing is loaded, so the
/// assembly's target framework and dependencies do not matter and the file is not locked.
/// </summary>
internal static class AssemblyArtifactReader
{
    private const string ArtifactsName = SpectraAttributeNames.Namespace + "." + SpectraAttributeNames.Artifacts;
    private const string LegacyArtifactName = SpectraAttributeNames.Namespace + "." + SpectraAttributeNames.LegacyArtifact;
    private const string GeneratedName = SpectraAttributeNames.Namespace + "." + SpectraAttributeNames.Generated;

    /// <summary>Reads every bundle and decodes it, unless <paramref name="findUnchanged"/> (given the declaring type
    /// and the payload's hash) returns the bundle as the previous sync wrote it.</summary>
    public static AssemblyArtifacts Read(string assemblyPath, Func<string, string, BundleState?>? findUnchanged = null)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();

        var artifacts = new List<Artifact>();
        var bundles = new List<EmbeddedBundle>();
        string? generatorVersion = null;
        SpectraDiagnostic? unreadable = null;
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            switch (AttributeTypeName.Of(metadata, attribute))
            {
                case ArtifactsName when unreadable is null:
                    var value = ArtifactsAttributeValue.Read(metadata, attribute, ArtifactsName);
                    unreadable = ReadBundle(value, assemblyPath, findUnchanged, artifacts, bundles);
                    break;
                case LegacyArtifactName when unreadable is null:
                    unreadable = DiagnosticCatalog.LegacyArtifacts(assemblyPath);
                    break;
                case GeneratedName:
                    generatorVersion = AsString(Arguments(attribute, GeneratedName, 2)[0]);
                    break;
            }
        }

        return new AssemblyArtifacts(artifacts, generatorVersion, FindDeclarations(metadata), unreadable, bundles);
    }

    /// <summary>Adds the bundle, skipped or decoded; returns SPX9009 when it cannot be decoded.</summary>
    private static SpectraDiagnostic? ReadBundle(
        ArtifactsAttributeValue value, string assemblyPath, Func<string, string, BundleState?>? findUnchanged,
        List<Artifact> artifacts, List<EmbeddedBundle> bundles)
    {
        var (declaringType, hash) = (value.DeclaringType, value.PayloadHash);
        if (findUnchanged?.Invoke(declaringType, hash) is { } unchanged)
        {
            bundles.Add(new EmbeddedBundle(declaringType, hash, null, unchanged));
            return null;
        }

        try
        {
            var files = ArtifactPayload.Decode(value.Payload(), declaringType);
            artifacts.AddRange(files);
            bundles.Add(new EmbeddedBundle(declaringType, hash, files, null));
            return null;
        }
        catch (InvalidDataException exception)
        {
            // Reading stops at the first bad bundle: the others would repeat the same advice.
            return DiagnosticCatalog.UnreadableArtifacts(assemblyPath, declaringType, exception.Message);
        }
    }

    private static List<string> FindDeclarations(MetadataReader metadata)
    {
        var declarations = new List<string>();
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(typeHandle);
            foreach (var handle in type.GetCustomAttributes())
            {
                var name = AttributeTypeName.Of(metadata, metadata.GetCustomAttribute(handle));
                if (name is not null && SpectraAttributeNames.DeclarationMarkers.Contains(name))
                {
                    declarations.Add(AttributeTypeName.Name(metadata, type));
                    break;
                }
            }
        }

        return declarations;
    }

    private static ImmutableArray<CustomAttributeTypedArgument<PrimitiveTypeCode>> Arguments(
        CustomAttribute attribute, string name, int count)
    {
        var arguments = attribute.DecodeValue(ArgumentTypeProvider.Instance).FixedArguments;
        return arguments.Length == count
            ? arguments
            : throw new InvalidDataException($"{name} has {arguments.Length} arguments; this Spectra.Sdk expects {count}.");
    }

    // A null string argument is legal metadata; the generator version then reads as empty.
    private static string AsString(CustomAttributeTypedArgument<PrimitiveTypeCode> argument) =>
        argument.Value as string ?? string.Empty;
}
