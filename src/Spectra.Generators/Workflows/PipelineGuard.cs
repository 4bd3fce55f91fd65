using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Emit;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;
using Spectra.Generators.Workflows.Pinning;
using Spectra.Generators.Workflows.Rendering;

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

    public static WorkflowSetAnalysis Analyze(ImmutableArray<ParsedWorkflow> parsed, PinTable pins)
    {
        try
        {
            return WorkflowSetAnalysis.Analyze(parsed.ToEquatableArray(), pins);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var where = parsed.IsEmpty ? "" : parsed[0].Model.TypeName;
            return new WorkflowSetAnalysis(EquatableArray<WorkflowModel>.Empty, new[] { Failure(where, exception) }.ToEquatableArray());
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
