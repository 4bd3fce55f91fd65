using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;

namespace Spectra.Generators.Evaluation;

internal sealed partial class OperationEvaluator
{
    /// <summary>
    /// A static property or field: jobs of workflows become references (identity comes from the declaration site,
    /// not from how often a getter would run); other members of this project are evaluated where they are declared.
    /// </summary>
    private Value? EvaluateMemberReference(IMemberReferenceOperation reference, ISymbol member, string path)
    {
        if (!member.IsStatic)
        {
            return NotEvaluable(reference, $"the instance member '{member.Name}'", "Declarations are static members; refer to them as 'Type.Member'.");
        }

        var memberType = member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;
        if (IsWorkflowJob(member, memberType))
        {
            return new ReferenceValue(DeclarationId(member), memberType.FullName());
        }

        if (IsPlatformJob(member, memberType))
        {
            return PlatformJobReference(reference, member, memberType);
        }

        return EvaluateMemberValue(reference.Syntax, member, path);
    }

    /// <summary>Evaluates a member of this project where it is declared; problems are reported at <paramref name="reportAt"/>.</summary>
    internal Value? EvaluateMemberValue(SyntaxNode reportAt, ISymbol member, string path)
    {
        if (member is IFieldSymbol { HasConstantValue: true } constant)
        {
            return constant.ConstantValue switch
            {
                string text => new StringValue(text),
                bool flag => new BoolValue(flag),
                null => NullValue.Instance,
                var number => NumberValue.From(number),
            };
        }

        if (member.DeclaringSyntaxReferences.IsEmpty && context.ReferencedModels.Find(member, DeclarationId(member)) is { } embedded)
        {
            return embedded;
        }

        var body = MemberBodies.FindValue(member, context, out var syntax, out var problem);
        if (body is null)
        {
            var where = member.DeclaringSyntaxReferences.IsEmpty
                ? "It is declared in a referenced assembly, whose code the generator cannot read; use a constant or a Spectra factory method instead."
                : $"It is {problem ?? "not an expression"}.";
            context.ReportNotEvaluable(syntax ?? reportAt, $"'{member.ContainingType.Name}.{member.Name}'", where);
            return null;
        }

        var id = DeclarationId(member);
        if (!context.TryEnterMember(id))
        {
            context.Report(DiagnosticDescriptors.RecursiveDeclaration, reportAt, id, context.MembersInProgress() + " -> " + id);
            return null;
        }

        try
        {
            return Evaluate(body, path);
        }
        finally
        {
            context.ExitMember();
        }
    }

    /// <summary>
    /// <c>[Environments.Prd] = ...</c>: a key that names a declaration (an environment) is keyed by the declaration's
    /// id, not by its value, so overrides stay attached to the declaration even when two environments look alike.
    /// </summary>
    private StringValue? DeclarationKey(IOperation keyOperation, string path)
    {
        while (keyOperation is IConversionOperation conversion)
        {
            keyOperation = conversion.Operand;
        }

        ISymbol? member = keyOperation switch
        {
            IPropertyReferenceOperation { Property.IsStatic: true } p => p.Property,
            IFieldReferenceOperation { Field.IsStatic: true, Field.IsConst: false } f => f.Field,
            _ => null,
        };
        if (member is null || member.ContainingType.FindAttribute(KnownNames.EnvironmentsAttribute) is null)
        {
            return null;
        }

        var id = DeclarationId(member);
        context.Record(ValuePath.Field(ValuePath.Key(path, id), "<key>"), keyOperation.Syntax); // where a rule about the key points
        return new StringValue(id);
    }

    internal static string DeclarationId(ISymbol member) => member.ContainingType.FullName() + "." + member.Name;

    /// <summary>
    /// An org job is referred to, never copied: it keeps its own identity (and namespaced id) in every workflow that
    /// uses it. One from a referenced package is remembered with its embedded value, so the workflow can include it.
    /// </summary>
    private Value? PlatformJobReference(IOperation reference, ISymbol member, ITypeSymbol memberType)
    {
        var id = DeclarationId(member);
        if (member.DeclaringSyntaxReferences.IsEmpty)
        {
            if (context.ReferencedModels.Find(member, id) is not { } value)
            {
                return NotEvaluable(reference, $"'{member.ContainingType.Name}.{member.Name}'", "The org package embeds no value for it; rebuild the package with Spectra.Sdk.");
            }

            IncludePlatformJob(member.ContainingAssembly, id, value);
        }
        else if (!context.PlatformJobs.Exists(job => job.DeclarationId == id))
        {
            // A [Platform] class of this very project (an org repo using its own jobs): evaluated here, with the
            // id it would get in the package. The org jobs it needs are included by this same path.
            var prefix = member.ContainingType.FindAttribute(KnownNames.PlatformAttribute)?.FirstStringArgument() ?? "";
            if (EvaluateMemberValue(reference.Syntax, member, id) is not { } value)
            {
                return null;
            }

            context.PlatformJobs.Add((id, Platform.PlatformDeclarationReader.WithJobId(value, prefix, member.Name)));
        }

        return new ReferenceValue(id, memberType.FullName());
    }

    /// <summary>An org job comes with the org jobs it needs, so a package can add a prerequisite to a job every repo uses.</summary>
    private void IncludePlatformJob(IAssemblySymbol assembly, string id, Value value)
    {
        if (context.PlatformJobs.Exists(job => job.DeclarationId == id))
        {
            return;
        }

        context.PlatformJobs.Add((id, value));
        if (value is ObjectValue { } job && job["Needs"] is ListValue needs)
        {
            foreach (var need in needs.Items)
            {
                if (need is ReferenceValue reference && context.ReferencedModels.Find(assembly, reference.DeclarationId) is { } needed)
                {
                    IncludePlatformJob(assembly, reference.DeclarationId, needed);
                }
            }
        }
    }

    private static bool IsPlatformJob(ISymbol member, ITypeSymbol memberType) =>
        memberType.DerivesFrom(KnownNames.JobBase) && member.ContainingType.FindAttribute(KnownNames.PlatformAttribute) is not null;

    private static bool IsWorkflowJob(ISymbol member, ITypeSymbol memberType) =>
        memberType.DerivesFrom(KnownNames.JobBase) && member.ContainingType.FindAttribute(KnownNames.WorkflowAttribute) is not null;
}
