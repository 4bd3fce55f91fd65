using System;
using System.Collections.Generic;
using System.IO;
using Spectra.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Spectra.EndToEnd.Tests;

[Collection(EndToEndGroup.Name)]
public sealed class VerifyModeTests(PackedSpectra spectra)
{
    private const string Ci = ".github/workflows/ci.yml";
    private const string App = "deploy/app.yaml";
    private static readonly string CiContent = WriteModeTests.Generated("name: ci\non: push\n");
    private static readonly string AppContent = WriteModeTests.Generated("kind: Deployment\n");

    [Fact]
    public void Verify_property_after_hand_edits_fails_naming_each_drifted_file_and_writes_nothing()
    {
        using var repo = new ConsumerRepo(spectra, "verify-property");
        repo.Declare((Ci, CiContent), (App, AppContent));
        Assert.True(repo.Build().Succeeded);
        var edited = CiContent.Replace("on: push", "on: workflow_dispatch", StringComparison.Ordinal);
        repo.Write(Ci, edited);
        File.Delete(repo.Full(App));
        var files = repo.Files();

        // The sources did not change, so CoreCompile is skipped: the check must run anyway.
        var result = repo.Build(["-p:SpectraVerify=true"]);

        Assert.False(result.Succeeded, result.ToString());
        Assert.Contains($"error SPX9005: '{Ci}' does not match its declaration", result.Output, StringComparison.Ordinal);
        Assert.Contains("+on: push", result.Output, StringComparison.Ordinal);
        Assert.Contains($"error SPX9005: '{App}' (declared by Samples.Declarations) is missing", result.Output, StringComparison.Ordinal);
        Assert.Equal(edited, repo.Read(Ci));
        Assert.Equal(files, repo.Files());
    }

    [Fact]
    public void CI_environment_variable_turns_on_verify_mode_and_nothing_is_written()
    {
        using var repo = new ConsumerRepo(spectra, "verify-ci");
        repo.Declare((Ci, CiContent));
        var files = repo.Files();

        var result = repo.Build(environment: new Dictionary<string, string> { ["CI"] = "true" });

        Assert.False(result.Succeeded, result.ToString());
        Assert.Contains($"error SPX9005: '{Ci}' (declared by Samples.Declarations) is missing", result.Output, StringComparison.Ordinal);
        Assert.Equal(files, repo.Files());
    }
}
