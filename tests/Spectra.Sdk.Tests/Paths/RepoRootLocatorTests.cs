using System.IO;
using Spectra.Sdk.Paths;
using Spectra.Sdk.Tests.Infrastructure;
using Xunit;

namespace Spectra.Sdk.Tests.Paths;

public sealed class RepoRootLocatorTests
{
    [Fact]
    public void Git_directory_above_the_project_is_the_root()
    {
        using var repo = new TestRepo();

        Assert.Equal(repo.Root, RepoRootLocator.Find(repo.ProjectDirectory));
    }

    [Fact]
    public void Git_file_of_a_worktree_or_submodule_also_marks_the_root()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.Combine(".git"), "gitdir: /elsewhere/.git/worktrees/x\n");
        var project = Directory.CreateDirectory(directory.Combine("src/App")).FullName;

        Assert.Equal(directory.Path, RepoRootLocator.Find(project));
    }

    [Fact]
    public void Nearest_git_entry_wins_over_an_outer_repository()
    {
        using var repo = new TestRepo();
        var inner = Directory.CreateDirectory(repo.Full("samples/Inner")).FullName;
        Directory.CreateDirectory(Path.Combine(inner, ".git"));

        Assert.Equal(inner, RepoRootLocator.Find(Path.Combine(inner, ".")));
    }

    [Fact]
    public void No_git_entry_anywhere_above_returns_null()
    {
        using var repo = new TestRepo(withGit: false);

        Assert.Null(RepoRootLocator.Find(repo.ProjectDirectory));
    }
}
