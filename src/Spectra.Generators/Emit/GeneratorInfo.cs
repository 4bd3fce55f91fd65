using System.Reflection;

namespace Spectra.Generators.Emit;

/// <summary>The generator's own version, written into every file header.</summary>
internal static class GeneratorInfo
{
    public static readonly string Version =
        typeof(GeneratorInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(GeneratorInfo).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";
}
