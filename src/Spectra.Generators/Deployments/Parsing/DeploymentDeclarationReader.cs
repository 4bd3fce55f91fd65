using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Spectra.Generators.Caching;
using Spectra.Generators.Common;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Evaluation;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Deployments.Parsing;

/// <summary>
/// The only Roslyn-facing step of the deployment pipeline: evaluates the members of one <c>[Environments]</c> or
/// <c>[Service]</c> class into values. Everything after it works on equatable data.
/// </summary>
internal static class DeploymentDeclarationReader
{
    /// <summary>Member types that mean something in an <c>[Environments]</c> or <c>[Service]</c> class.</summary>
    private static readonly HashSet<string> MemberTypes =
    [
        KnownNames.DeploymentEnvironment, KnownNames.GitOpsRepository, KnownNames.ServiceSettings, "Spectra.Overrides<Spectra.ServiceSettings>",
    ];

    /// <summary>Lists of environments that mean something, by name (any other list is a helper).</summary>
    private static readonly HashSet<string> EnvironmentListNames = [DeploymentPaths.Promotion, DeploymentPaths.DeployTo];

    /// <summary>The transform of <c>ForAttributeWithMetadataName</c>: evaluates, unless nothing the last evaluation read has changed.</summary>
    public static DeploymentSource Read(GeneratorAttributeSyntaxContext syntaxContext, CancellationToken cancellationToken) =>
        EvaluationCaches.Deployments.GetOrEvaluate(syntaxContext, Evaluate, cancellationToken);

    private static DeploymentSource Evaluate(GeneratorAttributeSyntaxContext syntaxContext, EvaluationContext context)
    {
        var type = (INamedTypeSymbol)syntaxContext.TargetSymbol;
        var cancellationToken = context.CancellationToken;
        var typeName = type.FullName();
        var name = syntaxContext.Attributes[0].ConstructorArguments is [{ Value: string declared }] ? declared : "";
        try
        {
            context.Record(typeName, type.Locations[0]);
            if (syntaxContext.Attributes[0].ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax attribute)
            {
                context.Record(DeploymentPaths.Name(typeName), (SyntaxNode?)attribute.ArgumentList?.Arguments.FirstOrDefault() ?? attribute);
            }

            var members = ReadMembers(type, context);
            if (syntaxContext.Attributes[0].AttributeClass?.ToDisplayString() == KnownNames.ServiceAttribute)
            {
                // Org policies about services can be suppressed on the service class, as on a workflow class.
                members = members.Concat(Platform.PolicySuppressions.Read(type, typeName, context)).ToEquatableArray();
            }

            return new DeploymentSource(new DeploymentDeclaration(typeName, name, members), context.ToLocationTable(), context.ToDiagnostics());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.MarkNotCacheable();
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.From(type.Locations[0]), typeName, exception.GetType().Name + ": " + exception.Message);
            return new DeploymentSource(new DeploymentDeclaration(typeName, name, EquatableArray<DeclaredMember>.Empty), context.ToLocationTable(), new[] { failure }.ToEquatableArray());
        }
    }

    private static EquatableArray<DeclaredMember> ReadMembers(INamedTypeSymbol type, EvaluationContext context) =>
        DeclarationMembers.Read(type, context, static (member, memberType) => IsDeclarationMember(member.Name, memberType), static _ => false);

    private static bool IsDeclarationMember(string name, ITypeSymbol type) =>
        MemberTypes.Contains(type.FullName()) ||
        (EnvironmentListNames.Contains(name) && type.IsSequence());
}
