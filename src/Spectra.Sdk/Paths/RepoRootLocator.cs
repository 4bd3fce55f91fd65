using System.IO;

namespace Spectra.Sdk.Paths;

/// <summary>Finds the repository root: the nearest directory, from the project upwards, that contains .git.</summary>
internal static class RepoRootLocator
{
    /// <summary>
    /// Returns the first directory from <paramref name="startDirectory"/> upwards that has a <c>.git</c> entry, or
    /// null. A directory or a file both count: worktrees and submodules have a <c>.git</c> file.
    /// </summary>
    public static string? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(startDirectory)); directory is not null; directory = directory.Parent)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
