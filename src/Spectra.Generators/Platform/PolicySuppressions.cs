using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Spectra.Generators.Common;
using Spectra.Generators.Evaluation;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Platform;

/// <summary>
/// <c>[SuppressPolicy("id", Justification = "...")]</c> on a workflow class, carried with the workflow's members as
/// a member of type <see cref="TypeName"/> (which workflow parsing ignores), so only the policy check reads it.
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

    /// <summary>The pseudo member's name, which is also the last segment of the path the suppression is located by.</summary>
    public static string MemberName(string policyId) => "<SuppressPolicy:" + policyId + ">";
}
