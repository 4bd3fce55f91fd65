using System;
using System.IO;

namespace Spectra.Sdk.Files;

/// <summary>
/// Replaces a file in one step: the content goes to a temporary file in the same directory (same volume, so the
/// move is a rename) and is then moved over the target. A reader never sees half a workflow, and a failed write
/// leaves the old file intact.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string fullPath, ReadOnlySpan<byte> content)
    {
        var directory = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.spectra-tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(content);
            }

            KeepUnixMode(fullPath, temp);
            File.Move(temp, fullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    // A rename replaces the file, so copy its permissions: a generated script someone made executable stays so.
    private static void KeepUnixMode(string existing, string temp)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(existing))
        {
            File.SetUnixFileMode(temp, File.GetUnixFileMode(existing));
        }
    }
}
