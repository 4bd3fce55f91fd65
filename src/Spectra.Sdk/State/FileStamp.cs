using System.IO;

namespace Spectra.Sdk.State;

/// <summary>
/// A file's size and last write time: what an edit, a delete or a checkout changes without the file being read.
/// </summary>
/// <param name="Size">Length in bytes.</param>
/// <param name="WriteTimeUtcTicks">Last write time, UTC ticks.</param>
internal sealed record FileStamp(long Size, long WriteTimeUtcTicks)
{
    /// <summary>The file's stamp now; null when it does not exist.</summary>
    public static FileStamp? Of(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }
}
