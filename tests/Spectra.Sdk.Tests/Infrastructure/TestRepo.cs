using System;
using System.IO;
using System.Text;
using Spectra.Sdk.Reading;
using Spectra.Sdk.Sync;

namespace Spectra.Sdk.Tests.Infrastructure;

/// <summary>A temporary repository (with a .git directory) holding a declarations project at build/Pipelines.</summary>
internal sealed class TestRepo : IDisposable
{
    private readonly TempDirectory _directory = new();

    public TestRepo(bool withGit = true)
    {
        if (withGit)
        {
            Directory.CreateDirectory(_directory.Combine(".git"));
        }

        Directory.CreateDirectory(ProjectDirectory);
    }

    public string Root => _directory.Path;

    public string ProjectDirectory => _directory.Combine("build/Pipelines");

    public string ManifestFile => Path.Combine(ProjectDirectory, "spectra.manifest");

    public string Full(string relativePath) => _directory.Combine(relativePath);

    public bool Exists(string relativePath) => File.Exists(Full(relativePath));

    public string Read(string relativePath) => File.ReadAllText(Full(relativePath), Encoding.UTF8);

    public byte[] ReadBytes(string relativePath) => File.ReadAllBytes(Full(relativePath));

    public void Write(string relativePath, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Full(relativePath))!);
        File.WriteAllText(Full(relativePath), content);
    }

    /// <summary>Sets every file's write time to a fixed past instant, so "not rewritten" is observable.</summary>
    public DateTime Backdate(string relativePath)
    {
        var past = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Full(relativePath), past);
        return past;
    }

    public DateTime WriteTime(string relativePath) => File.GetLastWriteTimeUtc(Full(relativePath));

    /// <summary>Runs one build's sync with these artifacts, as the task would after compiling them.</summary>
    public bool Sync(ListSyncLog log, bool verify, params Artifact[] artifacts) =>
        Sync(log, verify, repoRoot: null, artifacts);

    public bool Sync(ListSyncLog log, bool verify, string? repoRoot, params Artifact[] artifacts) =>
        ArtifactSync.Run(
            new AssemblyArtifacts(artifacts, GeneratorVersion: "test", Declarations: []),
            new SyncRequest("unused.dll", repoRoot, ProjectDirectory, ManifestFile, verify),
            log);

    public void Dispose() => _directory.Dispose();
}
