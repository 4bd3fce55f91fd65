using System;
using System.Text.RegularExpressions;
using Spectra.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Spectra.EndToEnd.Tests;

/// <summary>
/// Without the compiler server, Spectra.Sdk runs csc with tiered PGO off (docs/sdk.md, "The compiler process"): a
/// new compiler process re-compiles its hot methods with instrumentation before optimising them, which cost a
/// 200-service build ~2.5 s. The server, and a setting of the user's, are left alone.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed partial class CompilerEnvironmentTests(PackedSpectra spectra)
{
    private const string NoServer = "-p:UseSharedCompilation=false";

    [Fact]
    public void A_build_without_the_server_passes_DOTNET_TieredPGO_0_to_csc()
    {
        using var repo = new ConsumerRepo(spectra, "csc-environment");
        repo.Write("build/Pipelines/Ci.cs", ConsumerFiles.CiWorkflow("make test"));

        var build = repo.Build([NoServer, "-v:d"]);

        Assert.True(build.Succeeded, build.ToString());
        Assert.Matches(PassedToCsc(), build.Output);
        Assert.Contains("make test", repo.Read(".github/workflows/ci.yml"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-p:UseSharedCompilation=true", "", "")]
    [InlineData("-p:SpectraCompilerTieredPGO=true", "", "")]
    [InlineData("-p:DOTNET_TieredPGO=1", "", "")] // as the environment variable would be seen
    // Set in the project's files, since a global -p:CscEnvironment could not be appended to anyway.
    [InlineData("", "DOTNET_TieredPGO=1", "DOTNET_TieredPGO=1")]
    [InlineData("", "LANG=C", "LANG=C;DOTNET_TieredPGO=0")]
    public void The_server_an_opt_out_and_the_users_own_setting_are_left_alone(string property, string cscEnvironment, string expected)
    {
        using var repo = new ConsumerRepo(spectra, "csc-environment-properties");
        repo.Write("Directory.Build.props", $"<Project><PropertyGroup><CscEnvironment>{cscEnvironment}</CscEnvironment></PropertyGroup></Project>");

        // A later -p wins, so the case's property overrides NoServer where both set UseSharedCompilation.
        using var json = repo.Query([NoServer, .. property.Length > 0 ? [property] : Array.Empty<string>(), "-getProperty:CscEnvironment", "-getProperty:UseSharedCompilation"]);

        Assert.Equal(expected, json.RootElement.GetProperty("Properties").GetProperty("CscEnvironment").GetString()!.TrimStart(';'));
    }

    // ToolTask lists the variables it sets for the process right before the command line.
    [GeneratedRegex(@"Environment Variables passed to tool:\s*(\r?\n\s+\S+=\S*)*\r?\n\s+DOTNET_TieredPGO=0\r?\n")]
    private static partial Regex PassedToCsc();
}
