using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Spectra.Generators.Common;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Evaluation;

/// <summary>
/// Evaluates the members of a declaration class (a workflow, an environment set, a service) into values. Every kind
/// of declaration reads its members the same way; only which members it cares about differs.
/// </summary>
internal static class DeclarationMembers
{
    /// <summary>
    /// The non-private static properties and fields that <paramref name="isDeclaration"/> accepts; everything else is a
    /// helper (template, shared step), evaluated only where something refers to it.
    /// </summary>
    public static EquatableArray<DeclaredMember> Read(
        INamedTypeSymbol type,
        EvaluationContext context,
        Func<ISymbol, ITypeSymbol, bool> isDeclaration,
        Func<ITypeSymbol, bool> isJob)
    {
        var evaluator = new OperationEvaluator(context);
        var typeName = type.FullName();
        var members = new List<DeclaredMember>();
        foreach (var member in type.GetMembers())
        {
            var memberType = member switch
            {
                IPropertySymbol { IsStatic: true, IsIndexer: false } property => property.Type,
                IFieldSymbol { IsStatic: true, IsImplicitlyDeclared: false } field => field.Type,
                _ => null,
            };
            if (memberType is null || member.DeclaredAccessibility == Accessibility.Private || !isDeclaration(member, memberType))
            {
                continue;
            }

            var path = typeName + "." + member.Name;
            var reportAt = member.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken);
            var value = evaluator.EvaluateMemberValue(reportAt, member, path);
            context.Record(path, member.Locations[0]); // recorded last, so member-level issues point at the member's name
            members.Add(new DeclaredMember(member.Name, OperationEvaluator.DeclarationId(member), memberType.FullName(), isJob(memberType), value));
        }

        return members.ToEquatableArray();
    }
}
