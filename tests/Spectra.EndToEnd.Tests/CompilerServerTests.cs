using System;
using System.IO;
using Spectra.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Spectra.EndToEnd.Tests;

/// <summary>
/// Spectra.Sdk turns on Roslyn's generator driver cache (<c>/features:enable-generator-cache</c>), so a compiler
/// server keeps the generator's incremental state between builds of a project.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class CompilerServerTests(PackedSpectra spectra)
{
    private const string Ci = ".github/workflows/ci.yml";
    private const string Feature = "/features:enable-generator-cache";

    private const string ProjectWithFeatures = """
        <Project Sdk="Spectra.Sdk">
          <PropertyGroup>
            <Features>strict</Features>
          </PropertyGroup>
        </Project>
        """;

    [Fact]
    public void Compiler_gets_the_generator_cache_feature_next_to_the_project_features_and_the_opt_out_removes_it()
    {
        using var repo = new ConsumerRepo(spectra, "server-features");
        repo.Write(ConsumerRepo.ProjectPath, ProjectWithFeatures);
        repo.Write("build/Pipelines/Ci.cs", ConsumerFiles.CiWorkflow("make one"));

        var on = repo.Build(["-v:d"]);
        Assert.True(on.Succeeded, on.ToString());
        var onCommand = CompilerLog.CommandLine(on);
        Assert.Contains("/features:strict", onCommand, StringComparison.Ordinal);
        Assert.Contains(Feature, onCommand, StringComparison.Ordinal);

        // --no-incremental: a changed property alone would not make CoreCompile run again.
        var off = repo.Build(["-v:d", "--no-incremental", "-p:SpectraCompilerGeneratorCache=false"]);
        Assert.True(off.Succeeded, off.ToString());
        var offCommand = CompilerLog.CommandLine(off);
        Assert.Contains("/features:strict", offCommand, StringComparison.Ordinal);
        Assert.DoesNotContain("enable-generator-cache", offCommand, StringComparison.Ordinal);
    }

    [Fact]
    public void Compiler_server_that_reuses_the_generator_driver_writes_every_edit_of_a_declaration()
    {
        using var repo = new ConsumerRepo(spectra, "server-edits");
        repo.Write("build/Pipelines/Ci.cs", ConsumerFiles.CiWorkflow("make one"));

        // A server of this test's own: a `dotnet build-server shutdown` elsewhere on the machine cannot take it away
        // mid-test, and its driver cache holds nothing but this project.
        var pipe = "spectra-e2e-" + Guid.NewGuid().ToString("N");
        string[] server = ["-v:d", "-p:UseSharedCompilation=true", $"-p:SharedCompilationId={pipe}"];
        var first = repo.Build(server);
        try
        {
            Assert.True(first.Succeeded, first.ToString());
            Assert.Contains("make one", repo.Read(Ci), StringComparison.Ordinal);

            foreach (var (command, previous) in new[] { ("make two", "make one"), ("make three", "make two") })
            {
                repo.Write("build/Pipelines/Ci.cs", ConsumerFiles.CiWorkflow(command));

                var edit = repo.Build(server);

                Assert.True(edit.Succeeded, edit.ToString());
                // The premise: the server compiled it (no fallback to an in-process compiler), with the cache on.
                Assert.Contains("server processed compilation", edit.Output, StringComparison.Ordinal);
                Assert.Contains(Feature, CompilerLog.CommandLine(edit), StringComparison.Ordinal);
                var workflow = repo.Read(Ci);
                Assert.Contains(command, workflow, StringComparison.Ordinal);
                Assert.DoesNotContain(previous, workflow, StringComparison.Ordinal);
            }
        }
        finally
        {
            ShutDownServer(first, pipe);
        }
    }

    /// <summary>
    /// Best effort: the server would exit by itself once idle. Its VBCSCompiler sits next to the csc the log names.
    /// </summary>
    private static void ShutDownServer(ProcessResult build, string pipe)
    {
        if (CompilerLog.CompilerDirectory(build) is { } directory)
        {
            DotNet.Run(Path.GetTempPath(), ["exec", Path.Combine(directory, "VBCSCompiler.dll"), "-shutdown", $"-pipename:{pipe}"]);
        }
    }
}
