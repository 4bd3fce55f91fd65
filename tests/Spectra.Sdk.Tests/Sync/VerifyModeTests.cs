using System.IO;
using System.Linq;
using Spectra.Sdk.Sync;
using Spectra.Sdk.Tests.Infrastructure;
using Xunit;
using static Spectra.Sdk.Tests.Infrastructure.TestArtifacts;

namespace Spectra.Sdk.Tests.Sync;

public sealed class VerifyModeTests
{
    private const string Ci = ".github/workflows/ci.yml";

    [Fact]
    public void Up_to_date_repository_passes_verification_silently()
    {
        using var repo = new TestRepo();
        repo.Sync(new ListSyncLog(), verify: false, Workflow("ci"));
        var log = new ListSyncLog();

        Assert.True(repo.Sync(log, verify: true, Workflow("ci")));

        Assert.Empty(log.Diagnostics);
    }

    [Fact]
    public void Drifted_file_fails_with_SPX9005_and_a_diff_and_is_not_rewritten()
    {
        using var repo = new TestRepo();
        repo.Sync(new ListSyncLog(), verify: false, Workflow("ci"));
        repo.Write(Ci, Header("Tests.ci") + "name: ci\non: workflow_dispatch\n");
        var log = new ListSyncLog();

        Assert.False(repo.Sync(log, verify: true, Workflow("ci")));

        var error = Assert.Single(log.Diagnostics);
        Assert.Equal(("SPX9005", repo.Full(Ci)), (error.Id, error.File));
        Assert.Contains("-on: workflow_dispatch\n+on: push", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("dotnet build", error.Message, System.StringComparison.Ordinal);
        Assert.EndsWith("on: workflow_dispatch\n", repo.Read(Ci), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_files_and_missing_manifest_fail_with_SPX9005_each_and_nothing_is_created()
    {
        using var repo = new TestRepo();
        var log = new ListSyncLog();

        Assert.False(repo.Sync(log, verify: true, Workflow("ci"), Workflow("release")));

        Assert.Equal(["SPX9005", "SPX9005", "SPX9005"], log.Ids);
        Assert.Contains(log.Diagnostics, d => d.File == repo.Full(Ci) && d.Message.Contains("missing", System.StringComparison.Ordinal));
        Assert.Contains(log.Diagnostics, d => d.File == repo.ManifestFile);
        Assert.False(repo.Exists(Ci));
        Assert.False(System.IO.File.Exists(repo.ManifestFile));
    }

    [Fact]
    public void Orphaned_generated_file_fails_with_SPX9005_and_is_not_deleted()
    {
        using var repo = new TestRepo();
        repo.Sync(new ListSyncLog(), verify: false, Workflow("ci"), Workflow("release"));
        var log = new ListSyncLog();

        Assert.False(repo.Sync(log, verify: true, Workflow("ci")));

        Assert.Contains(log.Diagnostics, d => d.Message.Contains("'.github/workflows/release.yml' is no longer generated", System.StringComparison.Ordinal));
        Assert.Contains(log.Diagnostics, d => d.File == repo.ManifestFile);
        Assert.True(repo.Exists(".github/workflows/release.yml"));
    }

    [Fact]
    public void Long_drift_shows_at_most_twenty_diff_lines()
    {
        using var repo = new TestRepo();
        var lines = string.Concat(Enumerable.Range(0, 100).Select(i => $"line{i}: a\n"));
        repo.Sync(new ListSyncLog(), verify: false, File("big.yml", lines));
        repo.Write("big.yml", Header("Tests.Ci") + lines.Replace(": a", ": b", System.StringComparison.Ordinal));
        var log = new ListSyncLog();

        repo.Sync(log, verify: true, File("big.yml", lines));

        var diffLines = log.Diagnostics.Single().Message.Split('\n').Skip(1).ToList();
        Assert.Equal(ShortDiff.MaxLines + 1, diffLines.Count);
        Assert.Contains("more diff lines", diffLines[^1], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Hand_written_file_in_the_way_is_reported_as_SPX9003_in_verify_mode_too()
    {
        using var repo = new TestRepo();
        repo.Write(Ci, "name: mine\n");
        var log = new ListSyncLog();

        Assert.False(repo.Sync(log, verify: true, Workflow("ci")));

        Assert.Equal(["SPX9003"], log.Ids);
        Assert.Equal("name: mine\n", repo.Read(Ci));
    }

    [Fact]
    public void Difference_only_in_line_endings_is_drift_and_says_so()
    {
        using var repo = new TestRepo();
        repo.Sync(new ListSyncLog(), verify: false, Workflow("ci"));
        repo.Write(Ci, repo.Read(Ci).Replace("\n", "\r\n", System.StringComparison.Ordinal));
        var log = new ListSyncLog();

        Assert.False(repo.Sync(log, verify: true, Workflow("ci")));

        Assert.Contains("only line endings", log.Diagnostics.Single().Message, System.StringComparison.Ordinal);
    }
}
