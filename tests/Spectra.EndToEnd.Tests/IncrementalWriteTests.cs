using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Spectra.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Spectra.EndToEnd.Tests;

/// <summary>
/// Write mode skips the task when nothing it reads is newer than the stamp of its last successful run; everything
/// that can make the repository differ from the assembly runs it again. Each test is one build sequence, because
/// every build costs seconds.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class IncrementalWriteTests(PackedSpectra spectra)
{
    private const string Ci = ".github/workflows/ci.yml";
    private const string App = "deploy/app.yaml";
    private const string Skipped = "Skipping target \"_SpectraWriteArtifacts\" because all output files are up-to-date";
    private static readonly string CiContent = WriteModeTests.Generated("name: ci\non: push\n");
    private static readonly string AppContent = WriteModeTests.Generated("kind: Deployment\n");

    // Detailed verbosity: MSBuild logs its up-to-date decisions there.
    private static readonly string[] Detailed = ["-v:d"];

    // Diagnostic verbosity logs the properties targets set: this one says the generated files were listed as inputs.
    private static readonly string[] Diagnostic = ["-v:diag"];
    private const string StampIsCurrent = "_SpectraStampIsCurrent=true";

    [Fact]
    public void No_op_build_skips_the_task_and_each_change_it_reads_runs_it_again_and_clean_keeps_the_files()
    {
        using var repo = new ConsumerRepo(spectra, "incremental-write");
        repo.Declare((Ci, CiContent), (App, AppContent));
        Assert.True(repo.Build().Succeeded);

        var noOp = repo.Build(Detailed);
        Assert.True(noOp.Succeeded, noOp.ToString());
        Assert.Contains(Skipped, noOp.Output, StringComparison.Ordinal);

        HandEditCi(repo);
        var edited = repo.Build(Detailed);
        Assert.True(edited.Succeeded, edited.ToString());
        Assert.Contains($"Spectra: wrote {Ci}", edited.Output, StringComparison.Ordinal);
        Assert.Equal(CiContent, repo.Read(Ci));

        // A deleted file has no timestamp at all: MSBuild counts a missing input as out of date.
        File.Delete(repo.Full(App));
        var deleted = repo.Build(Detailed);
        Assert.True(deleted.Succeeded, deleted.ToString());
        Assert.Contains($"Spectra: wrote {App}", deleted.Output, StringComparison.Ordinal);
        Assert.Equal(AppContent, repo.Read(App));

        var redeclaredContent = WriteModeTests.Generated("kind: StatefulSet\n");
        repo.Declare((Ci, CiContent), (App, redeclaredContent));
        var redeclared = repo.Build(Detailed);
        Assert.True(redeclared.Succeeded, redeclared.ToString());
        Assert.Contains($"Spectra: wrote {App}", redeclared.Output, StringComparison.Ordinal);
        Assert.Equal(redeclaredContent, repo.Read(App));

        // Each run above left a fresh stamp.
        var quiet = repo.Build(Detailed);
        Assert.True(quiet.Succeeded, quiet.ToString());
        Assert.Contains(Skipped, quiet.Output, StringComparison.Ordinal);

        // A changed task parameter runs it though no file is newer: here the same root, named explicitly.
        var parameter = repo.Build(["-v:d", "-p:SpectraRepoRoot=../.."]);
        Assert.True(parameter.Succeeded, parameter.ToString());
        Assert.DoesNotContain(Skipped, parameter.Output, StringComparison.Ordinal);
        Assert.Contains("Spectra: 2 generated file(s) already up to date", parameter.Output, StringComparison.Ordinal);

        // `dotnet clean` removes the stamp, which is build bookkeeping, and never the committed files.
        var stamp = repo.WriteStamp();
        var clean = DotNet.Run(repo.Root, ["clean", ConsumerRepo.ProjectPath, "-tl:off", "-nologo"], Packages());
        Assert.True(clean.Succeeded, clean.ToString());
        Assert.False(File.Exists(stamp));
        Assert.Equal(CiContent, repo.Read(Ci));
        Assert.Equal(redeclaredContent, repo.Read(App));
        Assert.True(repo.Exists(ConsumerRepo.ManifestPath));
    }

    [Fact]
    public void Build_that_compiles_does_not_list_the_generated_files_yet_the_task_still_restores_a_hand_edit()
    {
        using var repo = new ConsumerRepo(spectra, "incremental-compile");
        repo.Declare((Ci, CiContent), (App, AppContent));
        Assert.True(repo.Build().Succeeded);
        var noOp = repo.Build(Diagnostic);
        Assert.True(noOp.Succeeded, noOp.ToString());
        Assert.Contains(StampIsCurrent, noOp.Output, StringComparison.Ordinal);

        // A hand edit and a changed declaration in one build: the compile alone runs the task, so the generated files
        // are not listed as inputs, and the task's own state (size and write time per file) finds the edit.
        HandEditCi(repo);
        var redeclaredContent = WriteModeTests.Generated("kind: StatefulSet\n");
        repo.Declare((Ci, CiContent), (App, redeclaredContent));
        var compiled = repo.Build(Diagnostic);

        Assert.True(compiled.Succeeded, compiled.ToString());
        Assert.DoesNotContain(StampIsCurrent, compiled.Output, StringComparison.Ordinal);
        Assert.Equal(CiContent, repo.Read(Ci));
        Assert.Equal(redeclaredContent, repo.Read(App));
    }

    [Fact]
    public void Verify_mode_checks_the_disk_even_when_the_stamp_is_fresh_and_reports_the_drift()
    {
        using var repo = new ConsumerRepo(spectra, "incremental-verify");
        repo.Declare((Ci, CiContent));
        Assert.True(repo.Build().Succeeded);
        var edited = CiContent.Replace("on: push", "on: workflow_dispatch", StringComparison.Ordinal);
        repo.Write(Ci, edited);
        File.SetLastWriteTimeUtc(repo.Full(Ci), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        // The premise: an edit that kept an old timestamp is invisible to write mode's up-to-date check.
        var write = repo.Build(Detailed);
        Assert.True(write.Succeeded, write.ToString());
        Assert.Contains(Skipped, write.Output, StringComparison.Ordinal);

        var verify = repo.Build(["-v:d", "-p:SpectraVerify=true"]);

        Assert.False(verify.Succeeded, verify.ToString());
        Assert.Contains($"error SPX9005: '{Ci}' does not match its declaration", verify.Output, StringComparison.Ordinal);
        Assert.Equal(edited, repo.Read(Ci));
    }

    [Fact]
    public void Failed_run_leaves_no_stamp_so_the_next_build_reports_the_error_again()
    {
        using var repo = new ConsumerRepo(spectra, "incremental-failure");
        repo.Declare((Ci, CiContent));
        Assert.True(repo.Build().Succeeded);
        var stamp = repo.WriteStamp();
        repo.Write(App, "kind: Mine\n");
        repo.Declare((Ci, CiContent), (App, AppContent));

        var first = repo.Build();
        Assert.False(first.Succeeded, first.ToString());
        Assert.Contains($"error SPX9003: Spectra will not overwrite '{App}'", first.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(stamp));

        // Nothing changed since: only the missing stamp makes this build run the task.
        var second = repo.Build();

        Assert.False(second.Succeeded, second.ToString());
        Assert.Contains($"error SPX9003: Spectra will not overwrite '{App}'", second.Output, StringComparison.Ordinal);
        Assert.Equal("kind: Mine\n", repo.Read(App));
    }

    // As ConsumerRepo.Build sets it: the packed Spectra lives in the run's own package folder.
    private Dictionary<string, string> Packages() => new() { ["NUGET_PACKAGES"] = spectra.PackagesDirectory };

    /// <summary>Changes the generated workflow by hand, later than the stamp whatever the file system's timestamp
    /// resolution, as any edit after a build is.</summary>
    private static void HandEditCi(ConsumerRepo repo)
    {
        repo.Write(Ci, CiContent.Replace("on: push", "on: workflow_dispatch", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(repo.Full(Ci), File.GetLastWriteTimeUtc(repo.WriteStamp()).AddSeconds(2));
    }
}
