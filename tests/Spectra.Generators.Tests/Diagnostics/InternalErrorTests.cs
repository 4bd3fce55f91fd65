using Spectra.Generators.Common;
using Spectra.Generators.Workflows;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;
using Spectra.Generators.Workflows.Pinning;
using Spectra.Generators.Workflows.Validation;

namespace Spectra.Generators.Tests.Diagnostics;

/// <summary>
/// An exception in a generator would become warning CS8785 and silently drop every output. Each pipeline step runs
/// through PipelineGuard, which turns it into SPX0001 naming the declaration and the exception. The models here are
/// deliberately impossible (a job without an id), the only way to make a step throw on purpose.
/// </summary>
public sealed class InternalErrorTests
{
    private static readonly WorkflowModel BrokenWorkflow = new(
        "ci", "Contoso.Ci", null, null, null, default, null, null, null,
        new[]
        {
            new JobModel("Contoso.Ci.Build", "Contoso.Ci.Build", null!, null, default, null, null, null, null, null, null, default, default, default, null, null, null, default, null, null),
        }.ToEquatableArray());

    [Fact]
    public void Exception_during_validation_becomes_SPX0001_at_the_declaration_and_renders_nothing()
    {
        var checkedWorkflow = PipelineGuard.Check(new ParsedWorkflow(BrokenWorkflow, default), WorkflowDirectory.Empty, new PinTable(default));
        var analysis = PipelineGuard.Analyze([checkedWorkflow]);

        var issue = Assert.Single(analysis.Issues);
        Assert.Equal("SPX0001", issue.DescriptorId);
        Assert.Equal("Contoso.Ci", issue.Path); // reported at the class, the nearest location that certainly exists
        Assert.Equal("Contoso.Ci", issue.Arguments[0]);
        Assert.Contains("Exception", issue.Arguments[1], StringComparison.Ordinal);
        Assert.Null(checkedWorkflow.Hardened); // an unvalidated, unhardened model must not reach a file
    }

    [Fact]
    public void Exception_during_rendering_becomes_a_failed_artifact_instead_of_a_crash()
    {
        var artifact = PipelineGuard.Render(BrokenWorkflow, "1.0.0");

        Assert.Equal(".github/workflows/ci.yml", artifact.Path);
        Assert.Equal("Contoso.Ci", artifact.DeclaringType);
        Assert.NotNull(artifact.Failure);
        Assert.Contains("Exception", artifact.Failure, StringComparison.Ordinal);
        Assert.Equal("", artifact.Content);
    }

    [Fact]
    public void A_failed_rendering_becomes_a_failed_group_with_no_files_and_no_payload()
    {
        var group = Generators.Emit.ArtifactGroup.Of(PipelineGuard.Render(BrokenWorkflow, "1.0.0"));

        Assert.Equal("Contoso.Ci", group.DeclaringType);
        Assert.Contains("Exception", group.Failure, StringComparison.Ordinal);
        Assert.Empty(group.Artifacts);
        Assert.Equal("", group.Payload);
    }

    [Fact]
    public void SPX0001_message_names_the_declaration_and_the_exception()
    {
        var descriptor = Generators.Diagnostics.DiagnosticDescriptors.ById["SPX0001"];
        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), "Contoso.Ci", "NullReferenceException: boom");

        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, descriptor.DefaultSeverity);
        Assert.Contains("Contoso.Ci", message, StringComparison.Ordinal);
        Assert.Contains("NullReferenceException: boom", message, StringComparison.Ordinal);
    }
}
