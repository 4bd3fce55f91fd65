using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Spectra.Generators.Common;
using Spectra.Generators.Tests.Infrastructure;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Tests.Security;

/// <summary>
/// SPX4003 is off by default: the validator always produces it, and the compiler drops it unless .editorconfig
/// (or a .globalconfig) gives it a severity. Both halves are tested.
/// </summary>
public sealed class PermissionsTests
{
    private const string JobWithoutPermissions = """
        public static Job [|Build|] => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("make")] };
        """;

    [Fact]
    public void Job_without_permissions_is_found_but_not_reported_by_default()
    {
        var (source, _) = Markup.Parse(DiagnosticAssert.Workflow(JobWithoutPermissions));
        var outcome = GeneratorHarness.Run(source);

        Assert.DoesNotContain(outcome.Diagnostics, d => d.Id == "SPX4003");
        Assert.Contains(Issues(outcome), issue => issue.DescriptorId == "SPX4003" && issue.Arguments[0] == "build");
    }

    [Fact]
    public void Job_without_permissions_is_reported_at_the_member_once_enabled()
    {
        var (source, span) = Markup.Parse(DiagnosticAssert.Workflow(JobWithoutPermissions));
        var outcome = RunWithSeverity(source, ReportDiagnostic.Warn);

        var diagnostic = Assert.Single(outcome.Diagnostics, d => d.Id == "SPX4003");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(span, diagnostic.Location.SourceSpan);
        Assert.Equal("Job 'build' declares no Permissions; declare the least privilege it needs", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("public static Permissions Permissions => new() { Contents = Access.Read };\npublic static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run(\"make\")] };")]
    [InlineData("public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Permissions = new(), Steps = [Step.Run(\"make\")] };")]
    public void Permissions_on_the_workflow_or_the_job_satisfy_the_rule(string members)
    {
        var outcome = RunWithSeverity(DiagnosticAssert.Workflow(members), ReportDiagnostic.Warn);

        Assert.DoesNotContain(outcome.Diagnostics, d => d.Id == "SPX4003");
    }

    /// <summary>What `dotnet_diagnostic.SPX4003.severity = warning` in a .globalconfig does.</summary>
    private static GeneratorOutcome RunWithSeverity(string source, ReportDiagnostic severity)
    {
        var compilation = GeneratorHarness.Compile(source);
        var options = (CSharpCompilationOptions)compilation.Options;
        compilation = compilation.WithOptions(options.WithSpecificDiagnosticOptions([new("SPX4003", severity)]));
        return GeneratorHarness.Run(compilation, GeneratorHarness.DefaultFiles);
    }

    private static EquatableArray<Issue> Issues(GeneratorOutcome outcome) =>
        ((PipelineList<Issue>)outcome.Result.TrackedSteps[TrackingNames.Issues].Single().Outputs.Single().Value).Items;
}
