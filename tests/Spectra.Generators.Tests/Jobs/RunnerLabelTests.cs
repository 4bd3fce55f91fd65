using static Spectra.Generators.Tests.Infrastructure.RuleAssert;

namespace Spectra.Generators.Tests.Jobs;

/// <summary>SPX1043: labels that no GitHub-hosted runner has.</summary>
public sealed class RunnerLabelTests
{
    [Fact]
    public void Misspelled_label_is_a_warning_at_the_label() =>
        ReportsWarning("SPX1043", Infrastructure.DiagnosticAssert.Workflow("""
            public static Job Build => new() { RunsOn = [|"ubuntu-lastest"|], Steps = [Step.Run("echo")] };
            """), "'ubuntu-lastest' is not a GitHub-hosted runner label");

    [Fact]
    public void Retired_image_is_a_warning_in_a_label_list() =>
        ReportsWarning("SPX1043", Infrastructure.DiagnosticAssert.Workflow("""
            public static Job Build => new() { RunsOn = new Runner { Labels = ["arm64", [|"macos-13"|]] }, Steps = [Step.Run("echo")] };
            """), "'macos-13' is not a GitHub-hosted runner label");

    [Theory]
    [InlineData("RunsOn = Runner.UbuntuLatest")]
    [InlineData("RunsOn = \"ubuntu-24.04-arm\"")]
    [InlineData("RunsOn = \"Windows-11-ARM\"")]
    [InlineData("RunsOn = \"macos-15-intel\"")]
    [InlineData("RunsOn = \"macos-26-xlarge\"")]
    [InlineData("RunsOn = \"${{ matrix.os }}\"")]
    [InlineData("RunsOn = Runner.SelfHosted(\"gpu\", \"linux\")")]
    [InlineData("RunsOn = new Runner { Labels = [\"linux\", \"x64\"] }")]
    [InlineData("RunsOn = new Runner { Group = \"large-runners\", Labels = [\"ubuntu-24.04-16core\"] }")]
    public void Hosted_expression_self_hosted_and_group_runners_are_accepted(string runsOn) =>
        DoesNotReport("SPX1043", Infrastructure.DiagnosticAssert.Workflow($$"""
            public static Job Build => new() { {{runsOn}}, Steps = [Step.Run("echo")] };
            """));
}
