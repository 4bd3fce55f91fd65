using System.IO;
using System.Linq;
using Spectra.Sdk.Files;
using Spectra.Sdk.Tests.Infrastructure;
using Xunit;
using static Spectra.Sdk.Tests.Infrastructure.TestArtifacts;

namespace Spectra.Sdk.Tests.Sync;

public sealed class WriteModeTests
{
    private const string Ci = ".github/workflows/ci.yml";
    private const string App = "deploy/app.yaml";

    [Fact]
    public void First_build_writes_every_artifact_exactly_and_a_sorted_manifest()
    {
        using var repo = new TestRepo();
        var log = new ListSyncLog();

        Assert.True(repo.Sync(log, verify: false, File(App, "kind: Deployment\n", "Samples.App"), Workflow("ci")));

        Assert.Empty(log.Diagnostics);
        Assert.Equal(Header("Samples.App") + "kind: Deployment\n", repo.Read(App));
        Assert.Equal(Header("Tests.ci") + "name: ci\non: push\n", repo.Read(Ci));
        Assert.Equal([Ci, App], Manifest.ReadEntries(repo.ManifestFile));
        Assert.Contains($"Spectra: wrote {Ci}", log.Messages);
        Assert.Contains($"Spectra: wrote {App}", log.Messages);
    }

    [Fact]
    public void Rebuild_with_the_same_artifacts_rewrites_nothing_and_keeps_every_write_time()
    {
        using var repo = new TestRepo();
        repo.Sync(new ListSyncLog(), verify: false, Workflow("ci"));
        var ciTime = repo.Backdate(Ci);
        var manifestTime = repo.Backdate("build/Pipelines/spectra.manifest");
        var log = new ListSyncLog();

        Assert.True(repo.Sync(log, verify: false, Workflow("ci")));

        Assert.Equal(ciTime, repo.WriteTime(Ci));
        Assert.Equal(manifestTime, repo.WriteTime("build/Pipelines/spectra.manifest"));
        Assert.DoesNotContain(log.Messages, message => message.StartsWith("Spectra: wrote", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Changed_content_rewrites_only_the_changed_file()
    {
        using var repo = new TestRepo();
        repo.Sync(new ListSyncLog(), verify: false, Workflow("ci"), File(App, "replicas: 1\n"));
        var appTime = repo.Backdate(App);
        var log = new ListSyncLog();

        Assert.True(repo.Sync(log, verify: false, Workflow("ci", "on: pull_request\n"), File(App, "replicas: 1\n")));

        Assert.EndsWith("on: pull_request\n", repo.Read(Ci), System.StringComparison.Ordinal);
        Assert.Equal(appTime, repo.WriteTime(App));
        Assert.Equal([$"Spectra: wrote {Ci}"], log.Messages.Where(m => m.Contains("wrote", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Removed_artifact_deletes_its_file_and_drops_it_from_the_manifest()
    {
        using var repo = new TestRepo();
        repo.Sync(new ListSyncLog(), verify: false, Workflow("ci"), Workflow("release"));
        var log = new ListSyncLog();

        Assert.True(repo.Sync(log, verify: false, Workflow("ci")));

        Assert.False(repo.Exists(".github/workflows/release.yml"));
        Assert.True(repo.Exists(Ci));
        Assert.Equal([Ci], Manifest.ReadEntries(repo.ManifestFile));
        Assert.Contains("Spectra: deleted .github/workflows/release.yml", log.Messages);
    }

    [Fact]
    public void Stale_file_that_lost_its_header_is_kept_with_warning_SPX9007()
    {
        using var repo = new TestRepo();
        repo.Sync(new ListSyncLog(), verify: false, Workflow("ci"), Workflow("release"));
        repo.Write(".github/workflows/release.yml", "name: release, now maintained by hand\n");
        var log = new ListSyncLog();

        Assert.True(repo.Sync(log, verify: false, Workflow("ci")));

        var warning = Assert.Single(log.Diagnostics);
        Assert.Equal(("SPX9007", true), (warning.Id, warning.IsWarning));
        Assert.Equal("name: release, now maintained by hand\n", repo.Read(".github/workflows/release.yml"));
        Assert.Equal([Ci], Manifest.ReadEntries(repo.ManifestFile));
    }

    [Fact]
    public void Hand_written_file_at_an_artifact_path_fails_with_SPX9003_and_nothing_is_written()
    {
        using var repo = new TestRepo();
        repo.Write(Ci, "name: mine\r\n");
        var before = repo.ReadBytes(Ci);
        var log = new ListSyncLog();

        Assert.False(repo.Sync(log, verify: false, Workflow("ci"), File(App, "kind: Deployment\n")));

        var error = Assert.Single(log.Diagnostics);
        Assert.Equal("SPX9003", error.Id);
        Assert.Equal(repo.Full(Ci), error.File);
        Assert.Contains(Ci, error.Message, System.StringComparison.Ordinal);
        Assert.Equal(before, repo.ReadBytes(Ci));
        Assert.False(repo.Exists(App));
        Assert.False(System.IO.File.Exists(repo.ManifestFile));
    }

    [Fact]
    public void File_listed_in_the_manifest_is_overwritten_even_without_a_header()
    {
        using var repo = new TestRepo();
        repo.Sync(new ListSyncLog(), verify: false, Workflow("ci"));
        repo.Write(Ci, "header removed by hand\n");

        Assert.True(repo.Sync(new ListSyncLog(), verify: false, Workflow("ci")));

        Assert.Equal(Header("Tests.ci") + "name: ci\non: push\n", repo.Read(Ci));
    }

    [Fact]
    public void CRLF_content_is_written_with_LF_line_endings()
    {
        using var repo = new TestRepo();

        repo.Sync(new ListSyncLog(), verify: false, new Spectra.Sdk.Reading.Artifact("a.yml", "# Generated by Spectra\r\nx: 1\r\n", "T"));

        Assert.Equal("# Generated by Spectra\nx: 1\n"u8.ToArray(), repo.ReadBytes("a.yml"));
    }

    [Fact]
    public void Case_only_rename_deletes_the_old_spelling_and_writes_the_new_one()
    {
        using var repo = new TestRepo();
        repo.Sync(new ListSyncLog(), verify: false, File("deploy/app.yaml", "x: 1\n"));

        Assert.True(repo.Sync(new ListSyncLog(), verify: false, File("deploy/App.yaml", "x: 1\n")));

        Assert.Equal(["App.yaml"], Directory.GetFiles(repo.Full("deploy")).Select(Path.GetFileName));
        Assert.Equal(["deploy/App.yaml"], Manifest.ReadEntries(repo.ManifestFile));
    }
}
