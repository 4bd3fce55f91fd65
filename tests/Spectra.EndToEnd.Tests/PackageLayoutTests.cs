using System;
using System.IO;
using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Spectra.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Spectra.EndToEnd.Tests;

/// <summary>
/// The DLLs that start in a fresh process on every build, the generator in csc and the task in MSBuild, are packed
/// precompiled where the pack host allows it.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class PackageLayoutTests(PackedSpectra spectra)
{
    [Theory]
    [InlineData("Spectra.Generators", "analyzers/dotnet/cs/Spectra.Generators.dll")]
    [InlineData("Spectra.Generators", "analyzers/dotnet/cs/YamlDotNet.dll")]
    [InlineData("Spectra.Sdk", "tasks/net8.0/Spectra.Sdk.dll")]
    public void Dlls_are_ReadyToRun_on_a_linux_x64_pack_host_and_keep_their_IL(string packageId, string entryName)
    {
        using var package = ZipFile.OpenRead(Path.Combine(spectra.FeedDirectory, $"{packageId}.{spectra.Version}.nupkg"));
        var entry = package.GetEntry(entryName);
        Assert.NotNull(entry);

        using var image = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(image);
        }

        image.Position = 0;
        using var reader = new PEReader(image);
        var corHeader = reader.PEHeaders.CorHeader;
        Assert.NotNull(corHeader);

        // The IL stays: other platforms and .NET Framework compilers ignore the native code and JIT as before.
        Assert.True(reader.HasMetadata);
        var precompiled = corHeader.ManagedNativeHeaderDirectory.Size > 0;
        var expectPrecompiled = OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64;
        Assert.Equal(expectPrecompiled, precompiled);
    }
}
