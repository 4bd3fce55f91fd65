using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;
using Spectra.Sdk.Files;
using Spectra.Sdk.Paths;

namespace Spectra.Sdk.State;

/// <summary>
/// Reads and writes <c>spectra.sync.state</c> in the directory of the compiled assembly (the project's obj/ folder:
/// per configuration and target framework, removed by <c>dotnet clean</c>). The file is a cache: when it is
/// missing, unreadable or of another format the sync simply compares every file, so no failure here is an error.
/// </summary>
/// <remarks>
/// Binary (BinaryWriter strings and integers) rather than JSON: at 200 services it holds 5,200 files, and
/// System.Text.Json took ~50 ms to read that in each build's fresh MSBuild node, a third of what skipping saves.
/// </remarks>
internal static class SyncStateFile
{
    public const string FileName = "spectra.sync.state";

    private const string Magic = "spectra.sync.state";

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
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            return Read(reader);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            // EndOfStreamException (truncated) is an IOException; FormatException covers bad string lengths.
            return null;
        }
    }

    /// <summary>Writes the state atomically; an unchanged state is not rewritten, and a failure to write is ignored.</summary>
    public static void Save(string path, SyncState state)
    {
        // Sized like the last state and compared in place: at 200 services it is ~330 KB, and every copy of it
        // would land on the large object heap of the MSBuild process.
        using var buffer = new MemoryStream(ExpectedSize(path));
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            Write(writer, state);
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        try
        {
            if (!HasContent(path, bytes))
            {
                AtomicFile.Write(path, bytes);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs the next build a full comparison; the sync itself succeeded.
            // The old state stays valid where files kept their stamps, and mismatches wherever they did not.
        }
    }

    private static int ExpectedSize(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length < int.MaxValue / 2 ? (int)info.Length + 4096 : 0;
    }

    private static bool HasContent(string path, ReadOnlySpan<byte> expected)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        if (stream.Length != expected.Length)
        {
            return false;
        }

        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            for (int read; (read = stream.Read(chunk, 0, chunk.Length)) > 0; expected = expected[read..])
            {
                if (!chunk.AsSpan(0, read).SequenceEqual(expected[..read]))
                {
                    return false;
                }
            }

            return expected.IsEmpty;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static void Write(BinaryWriter writer, SyncState state)
    {
        writer.Write(Magic);
        writer.Write(state.Format);
        writer.Write(state.TaskVersion);
        writer.Write(state.RepoRoot);
        writer.Write(state.ManifestFile);
        writer.Write(state.Manifest is not null);
        Write(writer, state.Manifest ?? new FileStamp(0, 0));
        writer.Write(state.Bundles.Count);
        foreach (var bundle in state.Bundles)
        {
            writer.Write(bundle.DeclaringType);
            writer.Write(bundle.PayloadHash);
            writer.Write(bundle.Files.Count);
            foreach (var file in bundle.Files)
            {
                writer.Write(file.Path);
                Write(writer, file.Stamp);
            }
        }
    }

    private static void Write(BinaryWriter writer, FileStamp stamp)
    {
        writer.Write(stamp.Size);
        writer.Write(stamp.WriteTimeUtcTicks);
    }

    private static SyncState? Read(BinaryReader reader)
    {
        if (reader.ReadString() != Magic || reader.ReadInt32() != SyncState.CurrentFormat)
        {
            return null;
        }

        var taskVersion = reader.ReadString();
        var repoRoot = reader.ReadString();
        var manifestFile = reader.ReadString();
        var hasManifest = reader.ReadBoolean();
        var manifest = ReadStamp(reader);
        var bundles = new List<BundleState>();
        for (var count = Count(reader); count > 0; count--)
        {
            var declaringType = reader.ReadString();
            var payloadHash = reader.ReadString();
            var files = new List<FileState>();
            for (var fileCount = Count(reader); fileCount > 0; fileCount--)
            {
                var file = new FileState(reader.ReadString(), ReadStamp(reader));
                // A hand-edited state must not name a file outside the repository.
                if (ArtifactPathValidator.Check(file.Path) is not null)
                {
                    return null;
                }

                files.Add(file);
            }

            bundles.Add(new BundleState(declaringType, payloadHash, files));
        }

        return reader.BaseStream.ReadByte() == -1
            ? new SyncState(SyncState.CurrentFormat, taskVersion, repoRoot, manifestFile, hasManifest ? manifest : null, bundles)
            : null;
    }

    private static FileStamp ReadStamp(BinaryReader reader) => new(reader.ReadInt64(), reader.ReadInt64());

    private static int Count(BinaryReader reader) =>
        reader.ReadInt32() is var count and >= 0 ? count : throw new FormatException("negative count");
}
