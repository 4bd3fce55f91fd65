using static Spectra.Generators.Tests.Expressions.ExpressionAssert;
using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace Spectra.Generators.Tests.Expressions;

/// <summary>SPX1024: <c>matrix.X</c> where X is no axis and no include key of the job.</summary>
public sealed class MatrixDiagnosticsTests
{
    [Fact]
    public void Unknown_matrix_key_is_reported_with_the_jobs_keys() =>
        Reports("SPX1024", Workflow("""
            public static Job Test => new()
            {
                RunsOn = "${{ matrix.os }}",
                Strategy = new() { Matrix = { ["os"] = ["ubuntu-24.04", "windows-2022"], Include = [new() { ["os"] = "ubuntu-24.04", ["coverage"] = true }] } },
                Steps = [Actions.SetupDotnet([|"${{ matrix.dotnet }}"|])],
            };
            """), "'matrix.dotnet' is not a matrix axis or include key of job 'test' (keys: os, coverage)");

    [Fact]
    public void Matrix_key_in_a_job_without_matrix_is_reported() =>
        Reports("SPX1024", Workflow("""
            public static Job Test => new() { Name = [|"Test on ${{ matrix.os }}"|], RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };
            """), "'matrix.os' is not a matrix axis or include key of job 'test' (keys: none; the job has no matrix)");

    [Fact]
    public void Axes_and_include_keys_are_valid_in_any_case_and_index_form() =>
        Clean(Workflow("""
            public static Job Test => new()
            {
                Name = "Test (${{ matrix.OS }})",
                RunsOn = "${{ matrix.os }}",
                Strategy = new() { Matrix = { ["os"] = ["ubuntu-24.04"], Include = [new() { ["os"] = "ubuntu-24.04", ["coverage"] = true }] } },
                Steps = [Step.Run("echo ${{ matrix['coverage'] }} ${{ toJSON(matrix) }}") with { If = "matrix.coverage" }],
            };
            """));
}
