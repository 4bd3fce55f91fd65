using System;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Spectra.Generators.Caching;

/// <summary>
/// The identity of a metadata reference by content: its display (the path) and the module version id that the
/// compiler stamps into every build of an assembly, so a rebuilt reference is a different reference. A reference to
/// another compilation (IDE project references) has no such id and matches only itself.
/// </summary>
internal static class ReferenceIdentity
{
    /// <summary>The compiler server keeps reference objects across builds; reading the id once per object is enough.</summary>
    private static readonly ConditionalWeakTable<MetadataReference, string> s_identities = new();

    public static string Of(MetadataReference reference) => s_identities.GetValue(reference, Compute);

    private static string Compute(MetadataReference reference)
    {
        var properties = reference.Properties;
        var how = string.Join(",", properties.Kind.ToString(), properties.EmbedInteropTypes ? "embed" : "", string.Join(";", properties.Aliases));
        if (reference is PortableExecutableReference portable && ModuleVersionId(portable) is { } mvid)
        {
            return string.Join("|", "pe", portable.Display ?? portable.FilePath ?? "", mvid, how);
        }

        var target = reference is CompilationReference compilation ? compilation.Compilation : (object)reference;
        return string.Join("|", "object", ObjectIds.Of(target), how);
    }

    private static string? ModuleVersionId(PortableExecutableReference reference)
    {
        try
        {
            var module = reference.GetMetadata() switch
            {
                AssemblyMetadata assembly => assembly.GetModules().FirstOrDefault(),
                ModuleMetadata single => single,
                _ => null,
            };
            return module?.GetModuleVersionId().ToString("N");
        }
        catch (Exception exception) when (exception is BadImageFormatException or System.IO.IOException or InvalidOperationException)
        {
            return null; // unreadable here: fall back to object identity, which never matches another build
        }
    }
}
