using System;
using System.Collections.Generic;
using System.Threading;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Spectra.Generators.Caching;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Evaluation;
using Spectra.Generators.Platform;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Parsing;

/// <summary>
/// The only Roslyn-facing step of the workflow pipeline: evaluates the members of one <c>[Workflow]</c> class into
/// values. Everything after it works on equatable data.
/// </summary>
internal static class WorkflowDeclarationReader
{
    /// <summary>Member types (besides jobs) that mean something in a workflow class.</summary>
    private static readonly HashSet<string> WorkflowMemberTypes = ["Spectra.Triggers", "Spectra.Permissions", "Spectra.Concurrency", "Spectra.Defaults"];

    /// <summary>Member names that mean something in a workflow class, whatever their type.</summary>
    private static readonly HashSet<string> WorkflowMemberNames = ["Name", "RunName", "Env"];

    /// <summary>The transform of <c>ForAttributeWithMetadataName</c>: evaluates, unless nothing the last evaluation read has changed.</summary>
    public static WorkflowSource Read(GeneratorAttributeSyntaxContext syntaxContext, CancellationToken cancellationToken) =>
        EvaluationCaches.Workflows.GetOrEvaluate(syntaxContext, Evaluate, cancellationToken);

    private static WorkflowSource Evaluate(GeneratorAttributeSyntaxContext syntaxContext, EvaluationContext context)
    {
        var type = (INamedTypeSymbol)syntaxContext.TargetSymbol;
        var cancellationToken = context.CancellationToken;
        var typeName = type.FullName();
        var workflowId = syntaxContext.Attributes[0].ConstructorArguments is [{ Value: string id }] ? id : "";
        try
        {
            context.Record(typeName, type.Locations[0]);
            if (syntaxContext.Attributes[0].ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax attribute)
            {
                context.Record(WorkflowPaths.Id(typeName), (SyntaxNode?)attribute.ArgumentList?.Arguments.FirstOrDefault() ?? attribute);
            }

            var members = PlatformJobs.Include(ReadMembers(type, context), typeName, type, context)
                .Concat(PolicySuppressions.Read(type, typeName, context))
                .ToEquatableArray();
            return new WorkflowSource(new WorkflowDeclaration(typeName, workflowId, members), context.ToLocationTable(), context.ToDiagnostics());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.MarkNotCacheable();
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.From(type.Locations[0]), typeName, exception.GetType().Name + ": " + exception.Message);
            return new WorkflowSource(new WorkflowDeclaration(typeName, workflowId, EquatableArray<DeclaredMember>.Empty), context.ToLocationTable(), new[] { failure }.ToEquatableArray());
        }
    }

    private static EquatableArray<DeclaredMember> ReadMembers(INamedTypeSymbol type, EvaluationContext context) =>
        DeclarationMembers.Read(type, context, IsWorkflowMember, static memberType => memberType.DerivesFrom(KnownNames.JobBase));

    private static bool IsWorkflowMember(ISymbol member, ITypeSymbol type) =>
        type.DerivesFrom(KnownNames.JobBase) || WorkflowMemberTypes.Contains(type.FullName()) || WorkflowMemberNames.Contains(member.Name);
}
