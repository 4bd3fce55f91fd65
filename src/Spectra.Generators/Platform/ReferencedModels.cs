using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Spectra.Generators.Values;

namespace Spectra.Generators.Platform;

/// <summary>
/// The values org packages embedded in their assemblies, read from metadata (never by loading the assembly).
/// Caches per assembly; lives only inside one transform, so no symbol escapes into a pipeline value.
/// </summary>
internal sealed class ReferencedModels
{
    public const string ModelAttribute = "Spectra.Generation.SpectraModelAttribute";
    public const string VersionAttribute = "Spectra.Generation.SpectraModelVersionAttribute";

    private readonly Dictionary<IAssemblySymbol, Dictionary<string, string>> _entries = new(SymbolEqualityComparer.Default);

    /// <summary>The embedded value of a member declared in a referenced assembly, or null when it has none.</summary>
    public Value? Find(ISymbol member, string declarationId) =>
        member.ContainingAssembly is { } assembly ? Find(assembly, declarationId) : null;

    /// <summary>The embedded value of a declaration of <paramref name="assembly"/>, or null when it has none.</summary>
    public Value? Find(IAssemblySymbol assembly, string declarationId)
    {
        if (!_entries.TryGetValue(assembly, out var entries))
        {
            entries = Read(assembly);
            _entries[assembly] = entries;
        }

        return entries.TryGetValue(declarationId, out var text) ? ValueSerializer.Deserialize(text) : null;
    }

    /// <summary>Every embedded entry of an assembly: declaration id → serialized value.</summary>
    public static Dictionary<string, string> Read(IAssemblySymbol assembly)
    {
        var entries = new Dictionary<string, string>();
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == ModelAttribute
                && attribute.ConstructorArguments is [{ Value: string id }, { Value: string value }])
            {
                entries[id] = value;
            }
        }

        return entries;
    }

    /// <summary>The Spectra version that built the assembly's model, or null when it embeds none.</summary>
    public static string? ModelVersion(IAssemblySymbol assembly)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == VersionAttribute && attribute.ConstructorArguments is [{ Value: string version }])
            {
                return version;
            }
        }

        return null;
    }
}
