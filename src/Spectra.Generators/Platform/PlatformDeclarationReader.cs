using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Spectra.Generators.Caching;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Evaluation;
using Spectra.Generators.Values;

namespace Spectra.Generators.Platform;

/// <summary>One embedded member of an org package: its declaration id and its serialized value.</summary>
internal sealed record ModelEntry(string DeclarationId, string Serialized);

/// <summary>A <c>[Platform]</c> class as embedded data: what the org package's assembly carries for consumers.</summary>
internal sealed record PlatformDeclaration(string TypeName, EquatableArray<ModelEntry> Entries);

internal sealed record PlatformSource(PlatformDeclaration Declaration, LocationTable Locations, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Evaluates every public static member of a <c>[Platform]</c> class. Jobs get their namespaced id here
/// (<c>infra-security-scan</c>), so every consumer renders the same id without knowing the prefix.
/// </summary>
internal static class PlatformDeclarationReader
{
    /// <summary>The transform of <c>ForAttributeWithMetadataName</c>: evaluates, unless nothing the last evaluation read has changed.</summary>
    public static PlatformSource Read(GeneratorAttributeSyntaxContext syntaxContext, CancellationToken cancellationToken) =>
        EvaluationCaches.Platforms.GetOrEvaluate(syntaxContext, Evaluate, cancellationToken);

    private static PlatformSource Evaluate(GeneratorAttributeSyntaxContext syntaxContext, EvaluationContext context)
    {
        var type = (INamedTypeSymbol)syntaxContext.TargetSymbol;
        var cancellationToken = context.CancellationToken;
        var typeName = type.FullName();
        var prefix = syntaxContext.Attributes[0].ConstructorArguments is [{ Value: string p }] ? p : "";
        try
        {
            context.Record(typeName, type.Locations[0]);
            var evaluator = new OperationEvaluator(context);
            var entries = new List<ModelEntry>();
            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol { IsStatic: true, MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public } method)
                {
                    if (ReadTemplate(evaluator, context, method, typeName) is { } template)
                    {
                        entries.Add(template);
                    }

                    continue;
                }

                var memberType = member switch
                {
                    IPropertySymbol { IsStatic: true, IsIndexer: false } property => property.Type,
                    IFieldSymbol { IsStatic: true, IsImplicitlyDeclared: false, IsConst: false } field => field.Type,
                    _ => null,
                };
                if (memberType is null || member.DeclaredAccessibility != Accessibility.Public)
                {
                    continue;
                }

                var path = typeName + "." + member.Name;
                var reportAt = member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
                var value = evaluator.EvaluateMemberValue(reportAt, member, path);
                context.Record(path, member.Locations[0]);
                if (value is null)
                {
                    continue; // evaluation reported why; an org package with errors does not build
                }

                if (memberType.DerivesFrom(KnownNames.JobBase))
                {
                    value = WithJobId(value, prefix, member.Name);
                }

                entries.Add(new ModelEntry(OperationEvaluator.DeclarationId(member), ValueSerializer.Serialize(value)));
            }

            return new PlatformSource(new PlatformDeclaration(typeName, entries.ToEquatableArray()), context.ToLocationTable(), context.ToDiagnostics());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.MarkNotCacheable();
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.From(type.Locations[0]), typeName, exception.GetType().Name + ": " + exception.Message);
            return new PlatformSource(new PlatformDeclaration(typeName, EquatableArray<ModelEntry>.Empty), context.ToLocationTable(), new[] { failure }.ToEquatableArray());
        }
    }

    /// <summary>A public static expression-bodied method is a template: its body, with its parameters left in place.</summary>
    private static ModelEntry? ReadTemplate(OperationEvaluator evaluator, EvaluationContext context, IMethodSymbol method, string typeName)
    {
        var path = typeName + "." + method.Name;
        var template = evaluator.EvaluateOrgTemplate(method, path);
        context.Record(path, method.Locations[0]);
        return template is null ? null : new ModelEntry(TemplateModel.Id(method), ValueSerializer.Serialize(template.Encode()));
    }

    /// <summary>An org job's value with its namespaced id, unless the org set an explicit <c>Id</c>.</summary>
    public static Value WithJobId(Value value, string prefix, string memberName) =>
        value is ObjectValue job && job["Id"] is null
            ? job with { Fields = job.Fields.Concat([new MapEntry("Id", new StringValue(JobId(prefix, memberName)))]).ToEquatableArray() }
            : value;

    public static string JobId(string prefix, string memberName) =>
        prefix.Length == 0 ? Naming.Kebab(memberName) : prefix + "-" + Naming.Kebab(memberName);
}
