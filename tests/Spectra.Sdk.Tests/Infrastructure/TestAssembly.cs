using System;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Spectra.Generation;

namespace Spectra.Sdk.Tests.Infrastructure;

/// <summary>Compiles C# that references Spectra.Abstractions into a DLL on disk, as a declarations project would.</summary>
internal static class TestAssembly
{
    public static string Compile(TempDirectory directory, string source, bool referenceAbstractions = true, string name = "Declarations")
    {
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source)],
            referenceAbstractions
                ? [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(SpectraArtifactsAttribute).Assembly.Location)]
                : Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var path = directory.Combine(name + ".dll");
        using (var stream = File.Create(path))
        {
            var result = compilation.Emit(stream);
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (!result.Success)
            {
                throw new InvalidOperationException("Test source does not compile:\n" + string.Join('\n', errors));
            }
        }

        return path;
    }
}
