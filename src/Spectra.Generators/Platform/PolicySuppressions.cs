using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Spectra.Generators.Common;
using Spectra.Generators.Evaluation;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Platform;

/// <summary>
/// <c>[SuppressPolicy("id", Justification = "...")]</c> on a workflow or service class, carried with the class's
/// members as a member of type <see cref="TypeName"/> (which parsing ignores), so only the policy check reads it.
/// </summary>
internal static class PolicySuppressions
{
    public const string TypeName = KnownNames.SuppressPolicyAttribute;

    public static IEnumerable<DeclaredMember> Read(INamedTypeSymbol type, string typeName, EvaluationContext context)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() != TypeName || attribute.ConstructorArguments is not [{ Value: string policyId }])
            {
                continue;
            }

            var justification = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Justification").Value.Value as string;
            var name = MemberName(policyId);
            if (attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is { } syntax)
            {
                context.Record(typeName + "." + name, syntax);
            }

            Value value = new ObjectValue(TypeName, new[]
            {
                new MapEntry("PolicyId", new StringValue(policyId)),
                new MapEntry("Justification", justification is null ? NullValue.Instance : new StringValue(justification)),
            }.ToEquatableArray());
            yield return new DeclaredMember(name, typeName + "." + name, TypeName, false, value);
        }
    }

    /// <summary>The suppressions among a declaration's members; <paramref name="subject"/> names it in messages (<c>Workflow 'deploy'</c>).</summary>
    public static DeclaredSuppressions Of(string typeName, string subject, EquatableArray<DeclaredMember> members)
    {
        var suppressions = new List<PolicySuppression>();
        foreach (var member in members)
        {
            if (member is { TypeName: TypeName, Value: ObjectValue suppression } && suppression["PolicyId"] is StringValue { Text: var id })
            {
                suppressions.Add(new PolicySuppression(id, (suppression["Justification"] as StringValue)?.Text));
            }
        }

        return new DeclaredSuppressions(typeName, subject, suppressions.ToEquatableArray());
    }

    /// <summary>The pseudo member's name, which is also the last segment of the path the suppression is located by.</summary>
    public static string MemberName(string policyId) => "<SuppressPolicy:" + policyId + ">";
}

/// <summary>One <c>[SuppressPolicy]</c>; it exempts its class only with a justification.</summary>
internal sealed record PolicySuppression(string PolicyId, string? Justification)
{
    public bool IsJustified => !string.IsNullOrWhiteSpace(Justification);
}

/// <summary>The suppressions of one workflow or service class.</summary>
internal sealed record DeclaredSuppressions(string TypeName, string Subject, EquatableArray<PolicySuppression> Suppressions);

/// <summary>
/// Every class's suppressions, apart from the declarations: it changes only when a suppression does, so the
/// per-workflow and per-service policy steps that read it stay cached on every other edit.
/// </summary>
internal sealed record SuppressionIndex(EquatableArray<DeclaredSuppressions> Declarations)
{
    public static SuppressionIndex From(IEnumerable<DeclaredSuppressions> declarations) =>
        new(declarations.Where(d => !d.Suppressions.IsEmpty).OrderBy(d => d.TypeName, System.StringComparer.Ordinal).ToEquatableArray());

    /// <summary>The ids of the policies that <paramref name="typeName"/> suppresses with a justification.</summary>
    public HashSet<string> JustifiedFor(string typeName)
    {
        var ids = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var declaration in Declarations.Where(d => d.TypeName == typeName))
        {
            ids.UnionWith(declaration.Suppressions.Where(s => s.IsJustified).Select(s => s.PolicyId));
        }

        return ids;
    }
}
