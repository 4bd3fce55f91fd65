using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Emit;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;
using Spectra.Generators.Workflows.Pinning;
using Spectra.Generators.Workflows.Rendering;
using Spectra.Generators.Workflows.Validation;

namespace Spectra.Generators.Workflows;

/// <summary>
/// Every pipeline step runs through here: an exception in a generator becomes warning CS8785 and silently drops
/// all output, so each step turns exceptions into an SPX0001 diagnostic that names the declaration instead.
/// </summary>
internal static class PipelineGuard
{
    public static ParsedWorkflow Parse(WorkflowDeclaration declaration)
    {
        try
        {
            return WorkflowParser.Parse(declaration);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var empty = new WorkflowModel(declaration.WorkflowId, declaration.TypeName, null, null, null, default, null, null, null, default);
            return new ParsedWorkflow(empty, new[] { Failure(declaration.TypeName, exception) }.ToEquatableArray());
        }
    }

    /// <summary>A workflow that cannot be checked renders nothing: an unvalidated, unhardened model must not reach a file.</summary>
    public static CheckedWorkflow Check(ParsedWorkflow parsed, WorkflowDirectory directory, PinTable pins)
    {
        try
        {
            return CheckedWorkflow.Check(parsed, directory, pins);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var model = parsed.Model;
            var summary = new WorkflowSummary(model.TypeName, model.Id, Incomplete: true, null, EquatableArray<ReusableCallSite>.Empty);
            var issues = parsed.Issues.Concat(new[] { Failure(model.TypeName, exception) }).ToEquatableArray();
            return new CheckedWorkflow(null, summary, WorkflowIssues.ParseOnly(issues));
        }
    }

    public static WorkflowSetAnalysis Analyze(ImmutableArray<CheckedWorkflow> workflows)
    {
        try
        {
            return WorkflowSetAnalysis.Analyze(workflows);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var where = workflows.IsEmpty ? "" : workflows[0].Summary.TypeName;
            return new WorkflowSetAnalysis(new[] { Failure(where, exception) }.ToEquatableArray());
        }
    }

    public static RenderedArtifact Render(WorkflowModel workflow, string generatorVersion)
    {
        var path = ".github/workflows/" + workflow.Id + ".yml";
        try
        {
            return new RenderedArtifact(path, WorkflowRenderer.Render(workflow, generatorVersion), workflow.TypeName, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new RenderedArtifact(path, "", workflow.TypeName, exception.GetType().Name + ": " + exception.Message);
        }
    }

    public static PinFile ParsePins(AdditionalText file, CancellationToken cancellationToken)
    {
        try
        {
            return PinFileParser.Parse(file.Path, file.GetText(cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, file.Path, exception.GetType().Name + ": " + exception.Message);
            return new PinFile(file.Path, EquatableArray<PinEntry>.Empty, new[] { failure }.ToEquatableArray());
        }
    }

    private static Issue Failure(string typeName, Exception exception) =>
        Issue.Create(DiagnosticDescriptors.InternalError, typeName, typeName, exception.GetType().Name + ": " + exception.Message);
}
