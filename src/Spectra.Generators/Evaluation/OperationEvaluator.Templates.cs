using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Platform;
using Spectra.Generators.Values;

namespace Spectra.Generators.Evaluation;

/// <summary>
/// Org templates by partial evaluation. At the org build a template's body is evaluated with each parameter standing
/// for itself (<see cref="ParameterValue"/>); in a product, a call substitutes the evaluated arguments into the body
/// the package embedded. Anything that needs a parameter's actual value at the org build is SPX8010.
/// </summary>
internal sealed partial class OperationEvaluator
{
    /// <summary>The template of an org package's public static expression-bodied method, or null when it has none.</summary>
    internal TemplateModel? EvaluateOrgTemplate(IMethodSymbol method, string path)
    {
        var shape = method switch
        {
            { IsGenericMethod: true } => "a generic method; a template's parameters need concrete types",
            { ReturnsVoid: true } => "a method that returns nothing",
            _ when method.Parameters.Any(p => p.RefKind != RefKind.None) => "a method with ref, out or in parameters",
            _ => null,
        };
        var body = shape is null ? FindExpressionBody(method) : null;
        var returned = body is null ? null : context.OperationOf(body) switch
        {
            IBlockOperation { Operations: [IReturnOperation { ReturnedValue: { } value }] } => value,
            _ => null,
        };
        if (returned is null)
        {
            // A public static member of a [Platform] class is there for products to use: never leave one out silently.
            context.Report(
                DiagnosticDescriptors.NotEvaluable,
                method.Locations[0],
                $"the method '{method.ContainingType.Name}.{method.Name}'",
                $"It is {shape ?? "a method without an expression body"}. Public static methods of a [Platform] class are templates for products to call: write it as 'public static T {method.Name}(...) => ...;', or make it private.");
            return null;
        }

        var saved = context.Parameters;
        foreach (var parameter in method.Parameters)
        {
            context.Parameters = context.Parameters.SetItem(parameter, new ParameterValue(parameter.Name));
        }

        try
        {
            var parameters = method.Parameters.Select(p => new TemplateParameter(p.Name, p.HasExplicitDefaultValue ? Constant(p.ExplicitDefaultValue, p.Type) : null));
            return Evaluate(returned, path) is { } value ? new TemplateModel(parameters.ToEquatableArray(), value) : null;
        }
        finally
        {
            context.Parameters = saved;
        }
    }

    /// <summary>A call to a method of a referenced org package: its embedded template, filled with the call's arguments.</summary>
    private Value? EvaluateReferencedTemplate(IInvocationOperation invocation, IMethodSymbol method, string path)
    {
        var package = method.ContainingAssembly?.Identity.Name ?? "a referenced assembly";
        var call = $"the call to '{method.ContainingType.Name}.{method.Name}'";
        if (method.ContainingAssembly is not { } assembly
            || context.ReferencedModels.Find(assembly, TemplateModel.Id(method)) is not { } embedded
            || TemplateModel.Decode(embedded) is not { } template)
        {
            // Reported as such even inside a template of this project: the missing template is the problem, not the arguments.
            context.ReportNotEvaluable(invocation.Syntax, call, $"It is declared in '{package}', which embeds no template for it: org templates are public static expression-bodied methods of a [Platform] class, in a package built with a Spectra.Sdk that embeds templates.");
            return null;
        }

        var arguments = new Dictionary<string, Value>();
        var argumentSyntax = new Dictionary<string, IOperation>();
        foreach (var parameter in method.Parameters)
        {
            var given = invocation.Arguments.FirstOrDefault(a => a.ArgumentKind != ArgumentKind.DefaultValue && SymbolEqualityComparer.Default.Equals(a.Parameter, parameter));
            var embeddedParameter = template.Parameters.FirstOrDefault(p => p.Name == parameter.Name);
            var value = given is not null ? Evaluate(given.Value, path) : embeddedParameter?.Default;
            if (value is null)
            {
                if (given is null)
                {
                    context.ReportNotEvaluable(invocation.Syntax, call, $"'{package}' embeds no default for the parameter '{parameter.Name}'; pass it, or rebuild the package.");
                }

                return null;
            }

            arguments[parameter.Name] = value;
            argumentSyntax[parameter.Name] = given?.Value ?? invocation;
        }

        // Recorded here, before the call's own location is: a value a parameter supplied is located at its argument.
        var substitution = new TemplateSubstitution(arguments, (placedAt, name) =>
        {
            if (argumentSyntax.TryGetValue(name, out var supplied))
            {
                context.Record(placedAt, supplied.Syntax);
            }
        });
        if (substitution.Apply(template.Body, path) is not { } result)
        {
            var name = substitution.NotText ?? "";
            return NotEvaluable(
                argumentSyntax.TryGetValue(name, out var at) ? at : invocation,
                $"the argument '{name}' of {call}",
                $"The template puts it inside a string, so it must be a string, number, bool or enum member, not {(arguments.TryGetValue(name, out var argument) ? argument.Describe() : "this value")}.");
        }

        IncludeReferencedOrgJobs(assembly, result);
        return result;
    }

    /// <summary>Org jobs named by a template's result (<c>Needs = [SecurityScan]</c>) join the workflow, as when named directly.</summary>
    private void IncludeReferencedOrgJobs(IAssemblySymbol assembly, Value value)
    {
        switch (value)
        {
            case ReferenceValue reference when context.ReferencedModels.Find(assembly, reference.DeclarationId) is ObjectValue job:
                IncludePlatformJob(assembly, reference.DeclarationId, job);
                break;
            case ListValue list:
                foreach (var item in list.Items)
                {
                    IncludeReferencedOrgJobs(assembly, item);
                }

                break;
            case ObjectValue obj:
                foreach (var field in obj.Fields)
                {
                    IncludeReferencedOrgJobs(assembly, field.Value);
                }

                break;
        }
    }

    /// <summary>
    /// Inside a template, a construct the evaluator cannot take apart usually computes with a parameter: report that
    /// (SPX8010) at the parameter's use, rather than the construct as such. Returns false when no parameter is involved.
    /// </summary>
    private bool ReportedParameterComputation(IOperation operation, string construct)
    {
        foreach (var use in operation.DescendantsAndSelf().OfType<IParameterReferenceOperation>())
        {
            if (context.Parameters.TryGetValue(use.Parameter, out var bound) && TemplateSubstitution.FirstParameter(bound) is { } name)
            {
                context.Report(DiagnosticDescriptors.TemplateParameterComputed, use.Syntax, name, construct);
                return true;
            }
        }

        return false;
    }

    private static Value Constant(object? constant, ITypeSymbol type) => constant switch
    {
        null => NullValue.Instance,
        _ when type.TypeKind == TypeKind.Enum && type is INamedTypeSymbol enumType => FromEnum(enumType, constant),
        string text => new StringValue(text),
        bool flag => new BoolValue(flag),
        char character => new StringValue(character.ToString()),
        _ => NumberValue.From(constant),
    };
}
