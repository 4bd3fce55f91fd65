using System;
using System.IO;
using Spectra.Sdk.Files;
using Spectra.Sdk.Tests.Infrastructure;
using Xunit;

namespace Spectra.Sdk.Tests.Files;

public sealed class AtomicFileTests
{
    [Fact]
    public void Write_creates_missing_directories_and_leaves_no_temporary_file()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("a/b/ci.yml");

        AtomicFile.Write(path, [1, 2, 3]);

        Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(path));
        Assert.Equal(["ci.yml"], Array.ConvertAll(Directory.GetFiles(directory.Combine("a/b")), file => Path.GetFileName(file)!));
    }

    [Fact]
    public void Overwriting_keeps_the_files_unix_permissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows has no Unix permissions to keep; this suite runs on Linux in CI.
        }

        using var directory = new TempDirectory();
        var path = directory.Combine("deploy.sh");
        File.WriteAllText(path, "old");
        var executable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        File.SetUnixFileMode(path, executable);

        AtomicFile.Write(path, [(byte)'n']);

        Assert.Equal(executable, File.GetUnixFileMode(path));
        Assert.Equal("n", File.ReadAllText(path));
    }
}
