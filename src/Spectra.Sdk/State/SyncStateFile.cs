using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Spectra.Sdk.Files;
using Spectra.Sdk.Paths;

namespace Spectra.Sdk.State;

/// <summary>
/// Reads and writes <c>spectra.sync.json</c> in the directory of the compiled assembly (the project's obj/ folder:
/// per configuration and target framework, removed by <c>dotnet clean</c>). The file is a cache: when it is
/// missing, unreadable or of another format the sync simply compares every file, so no failure here is an error.
/// </summary>
internal static class SyncStateFile
{
    public const string FileName = "spectra.sync.json";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    /// <summary>
    /// The task's identity: its version, and the id of this very build of it, so that a re-pack of the same
    /// version (a development build) does not reuse a state another task wrote.
    /// </summary>
    public static string TaskVersion { get; } =
        (typeof(SyncStateFile).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "")
        + "/" + typeof(SyncStateFile).Module.ModuleVersionId.ToString("N");

    public static string PathFor(string assemblyFile) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(assemblyFile)) ?? ".", FileName);

    /// <summary>The state, or null for "no usable state".</summary>
    public static SyncState? Load(string path)
    {
        try
        {
            var state = JsonSerializer.Deserialize<SyncState>(File.ReadAllBytes(path), Options);
            return state is { Format: SyncState.CurrentFormat } && IsComplete(state) ? state : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Writes the state atomically; an unchanged state is not rewritten.</summary>
    public static void Save(string path, SyncState state)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(state, Options);
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return;
        }

        AtomicFile.Write(path, bytes);
    }

    // Hand-edited JSON can leave required members null or name a path outside the repository; that is no state.
    private static bool IsComplete(SyncState state) =>
        state.TaskVersion is not null && state.RepoRoot is not null && state.ManifestFile is not null && state.Bundles is not null
        && state.Bundles.All(bundle => bundle is { DeclaringType: not null, PayloadHash: not null, Files: not null }
                                       && bundle.Files.All(file => file is { Path: not null, Stamp: not null } && ArtifactPathValidator.Check(file.Path) is null));
}
