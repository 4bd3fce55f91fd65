using System;
using Spectra.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Spectra.EndToEnd.Tests;

/// <summary>Spectra.Sdk hands the repository's spectra-pins.json to the generator without any project setting.</summary>
[Collection(EndToEndGroup.Name)]
public sealed class PinLockFileTests(PackedSpectra spectra)
{
    private const string Sha = "11bd71901bbe5b1630ceea73d27597364c9af683";

    private const string Declaration = """
        namespace Contoso.Pipelines;

        [Workflow("ci")]
        public static class Ci
        {
            public static Triggers On => new() { Push = new() };

            public static Job Test => new() { RunsOn = Runner.UbuntuLatest, Steps = [Actions.Checkout(), Step.Run("dotnet test")] };
        }
        """;

    [Fact]
    public void Lock_file_at_the_repository_root_pins_the_written_workflow_and_an_edit_re_pins_it()
    {
        using var repo = new ConsumerRepo(spectra, "pins");
        repo.Write("build/Pipelines/Ci.cs", Declaration);

        var unpinned = repo.Build();
        Assert.True(unpinned.Succeeded, unpinned.ToString());
        Assert.Contains("warning SPX4004: 'actions/checkout@v4' is not pinned", unpinned.Output, StringComparison.Ordinal);
        Assert.Contains("uses: actions/checkout@v4\n", repo.Read(".github/workflows/ci.yml"), StringComparison.Ordinal);

        repo.Write("spectra-pins.json", $$"""{ "actions/checkout@v4": "{{Sha}}" }""");
        var pinned = repo.Build();

        Assert.True(pinned.Succeeded, pinned.ToString());
        Assert.DoesNotContain("SPX4004", pinned.Output, StringComparison.Ordinal);
        Assert.Contains($"uses: actions/checkout@{Sha} # v4\n", repo.Read(".github/workflows/ci.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_lock_file_fails_the_build_naming_the_file()
    {
        using var repo = new ConsumerRepo(spectra, "bad-pins");
        repo.Write("build/Pipelines/Ci.cs", Declaration);
        repo.Write("spectra-pins.json", "{ \"actions/checkout@v4\": \"v4.2.2\" }");

        var result = repo.Build();

        Assert.False(result.Succeeded, result.ToString());
        Assert.Contains("spectra-pins.json(1,", result.Output, StringComparison.Ordinal);
        Assert.Contains("error SPX4008", result.Output, StringComparison.Ordinal);
    }
}
