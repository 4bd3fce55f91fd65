using Microsoft.CodeAnalysis;
using static Spectra.Generators.Tests.Security.SecurityAssert;

namespace Spectra.Generators.Tests.Security;

/// <summary>SPX4005: workflow commands GitHub deprecated or disabled, found in run scripts.</summary>
public sealed class WorkflowCommandTests
{
    [Fact]
    public void Set_output_is_reported_as_deprecated_at_the_script() =>
        Reports("SPX4005", DiagnosticSeverity.Warning, Steps("""
            Step.Run([|"echo \"::set-output name=version::1.0\""|])
            """), "The script uses '::set-output', which GitHub has deprecated; append name=value to the file named by $GITHUB_OUTPUT instead");

    [Fact]
    public void Set_env_is_reported_as_disabled() =>
        Reports("SPX4005", DiagnosticSeverity.Warning, Steps("""
            Step.Run([|"echo \"::set-env name=A::1\""|])
            """), "'::set-env', which GitHub has disabled");

    [Fact]
    public void Add_path_inside_a_multi_line_script_is_reported() =>
        Reports("SPX4005", DiagnosticSeverity.Warning, Steps(""""
            Step.Run([|"""
                mkdir -p tools
                echo "::add-path::$PWD/tools"
                """|])
            """"), "$GITHUB_PATH");

    [Fact]
    public void Environment_files_are_not_reported() =>
        DoesNotReport("SPX4005", Steps("""
            Step.Run("echo \"version=1.0\" >> \"$GITHUB_OUTPUT\""), Step.Run("echo \"::notice::done\"")
            """));
}
