using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;
using static Spectra.Generators.Tests.Infrastructure.RuleAssert;

namespace Spectra.Generators.Tests.Jobs;

/// <summary>SPX1040: shells that the runner's operating system does not have.</summary>
public sealed class ShellTests
{
    [Fact]
    public void Cmd_on_a_linux_runner_is_reported_at_the_step_shell() =>
        Reports("SPX1040", Workflow("""
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("dir", shell: [|"cmd"|])] };
            """), "Shell 'cmd' is not available on Linux runners ('ubuntu-latest')");

    [Fact]
    public void Sh_on_a_windows_runner_is_reported_at_the_job_default() =>
        Reports("SPX1040", Workflow("""
            public static Job Build => new() { RunsOn = Runner.Windows2022, Defaults = new() { Shell = [|"sh"|] }, Steps = [Step.Run("ls")] };
            """), "Shell 'sh' is not available on Windows runners ('windows-2022')");

    [Fact]
    public void Workflow_default_is_reported_once_for_the_first_job_that_uses_it() =>
        Reports("SPX1040", Workflow("""
            public static Defaults Defaults => new() { Shell = [|"powershell"|] };
            public static Job Windows => new() { RunsOn = Runner.WindowsLatest, Steps = [Step.Run("dir")] };
            public static Job Mac => new() { RunsOn = Runner.MacosLatest, Steps = [Step.Run("ls")] };
            public static Job Linux => new() { RunsOn = "ubuntu-24.04-arm", Steps = [Step.Run("ls")] };
            """), "Shell 'powershell' is not available on macOS runners ('macos-latest')");

    [Fact]
    public void Self_hosted_os_label_decides_too() =>
        Reports("SPX1040", Workflow("""
            public static Job Build => new() { RunsOn = Runner.SelfHosted("windows", "x64"), Steps = [Step.Run("ls", shell: [|"sh"|])] };
            """), "on Windows runners ('self-hosted, windows, x64')");

    [Fact]
    public void Portable_shells_custom_shells_and_unknown_runners_are_accepted() =>
        DoesNotReport("SPX1040", Workflow("""
            public static Defaults Defaults => new() { Shell = "cmd" };
            public static Job Windows => new() { RunsOn = Runner.Windows2022, Steps = [Step.Run("dir"), Step.Run("ls", shell: "bash"), Step.Run("x", shell: "pwsh"), Step.Run("print(1)", shell: "python")] };
            public static Job Linux => new() { RunsOn = Runner.Ubuntu2404, Defaults = new() { Shell = "sh" }, Steps = [Step.Run("ls"), Step.Run("x", shell: "perl {0}")] };
            public static Job Matrix => new() { RunsOn = "${{ matrix.os }}", Strategy = new() { Matrix = { ["os"] = ["ubuntu-latest"] } }, Steps = [Step.Run("dir", shell: "cmd")] };
            public static Job Custom => new() { RunsOn = Runner.SelfHosted("gpu"), Steps = [Step.Run("dir", shell: "powershell")] };
            """));
}
