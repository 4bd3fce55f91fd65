using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Spectra.Generators.Evaluation;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Platform;

/// <summary>
/// Org jobs join the workflows that use them: a member that is an org job (<c>SecurityScan => Platform.SecurityScan</c>)
/// takes the org job's value and identity, and an org job only named in <c>Needs</c> is added after the workflow's own
/// jobs. Either way the job keeps the org's declaration id, so every <c>Needs</c> on it resolves to its namespaced id.
/// </summary>
internal static class PlatformJobs
{
    public static List<DeclaredMember> Include(IEnumerable<DeclaredMember> members, string typeName, INamedTypeSymbol type, EvaluationContext context)
    {
        var result = new List<DeclaredMember>();
        var included = new HashSet<string>();
        foreach (var member in members)
        {
            if (member is { IsJob: true, Value: ReferenceValue reference } && Find(context, reference.DeclarationId) is { } orgJob)
            {
                included.Add(reference.DeclarationId);
                result.Add(member with { DeclarationId = reference.DeclarationId, Value = orgJob });
            }
            else
            {
                result.Add(member);
            }
        }

        foreach (var (declarationId, value) in context.PlatformJobs)
        {
            if (included.Add(declarationId))
            {
                var name = declarationId.Substring(declarationId.LastIndexOf('.') + 1);
                context.Record(typeName + "." + name, type.Locations[0]); // problems inside an org job point at the workflow that includes it
                result.Add(new DeclaredMember(name, declarationId, "Spectra.Job", true, value));
            }
        }

        return result;
    }

    private static Value? Find(EvaluationContext context, string declarationId)
    {
        foreach (var (id, value) in context.PlatformJobs)
        {
            if (id == declarationId)
            {
                return value;
            }
        }

        return null;
    }
}
