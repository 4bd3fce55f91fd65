using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;

namespace Spectra.Generators.Evaluation;

internal sealed partial class OperationEvaluator
{
    private Value? EvaluateConversion(IConversionOperation conversion, string path)
    {
        if (conversion.OperatorMethod is not { } method)
        {
            return Evaluate(conversion.Operand, path);
        }

        return method.FindAttribute(KnownNames.ObjectFactoryAttribute) is not null
            ? EvaluateObjectFactory(method, [(method.Parameters[0], conversion.Operand)], path)
            : NotEvaluable(conversion, $"the conversion operator '{method.ContainingType.Name}.{method.Name}'", "Mark the operator [ObjectFactory] so Spectra knows what it builds.");
    }

    private Value? EvaluateInvocation(IInvocationOperation invocation, string path)
    {
        var method = invocation.TargetMethod;
        var arguments = invocation.Arguments
            .Where(a => a.ArgumentKind != ArgumentKind.DefaultValue && a.Parameter is not null)
            .Select(a => (a.Parameter!, a.Value))
            .ToList();

        if (method.FindAttribute(KnownNames.ActionStepAttribute) is { } action)
        {
            return EvaluateActionStep(action.FirstStringArgument() ?? "", arguments, path);
        }

        if (method.FindAttribute(KnownNames.ObjectFactoryAttribute) is not null)
        {
            return EvaluateObjectFactory(method, arguments, path);
        }

        if (method.FindAttribute(KnownNames.ExpressionTemplateAttribute) is { } template)
        {
            return EvaluateTemplate(template.FirstStringArgument() ?? "", invocation, path);
        }

        if (method.IsStatic && method.DeclaringSyntaxReferences.IsEmpty && method.ContainingType.FindAttribute(KnownNames.PlatformAttribute) is not null)
        {
            return EvaluateReferencedTemplate(invocation, method, path);
        }

        return method.IsStatic && FindExpressionBody(method) is { } body
            ? EvaluateHelper(invocation, method, body, path)
            : NotEvaluable(
                invocation,
                $"the call to '{method.ContainingType.Name}.{method.Name}'",
                "Only Spectra factory methods ([ObjectFactory], [ActionStep], [ExpressionTemplate]) and static expression-bodied helpers of this project are evaluated.");
    }

    private ObjectValue? EvaluateObjectFactory(IMethodSymbol method, List<(IParameterSymbol Parameter, IOperation Value)> arguments, string path)
    {
        var fields = new Dictionary<string, Value>();
        var ok = true;
        foreach (var (parameter, operation) in arguments)
        {
            var name = parameter.FindAttribute(KnownNames.PropertyAttribute)?.FirstStringArgument() ?? PropertyName(parameter.Name);
            var value = Evaluate(operation, ValuePath.Field(path, name));
            ok &= value is not null;
            if (value is null or NullValue)
            {
                continue;
            }

            // A single label given to a list property (Runner's Labels) becomes a one-item list. An argument of a list
            // type is already a list, even a template parameter whose items are not known yet.
            fields[name] = value is not ListValue && operation.Type?.IsSequence() != true && IsSequenceProperty(method.ReturnType, name)
                ? new ListValue(new[] { value }.ToEquatableArray())
                : value;
        }

        return ok ? new ObjectValue(method.ReturnType.FullName(), ToEntries(fields)) : null;
    }

    private ObjectValue? EvaluateActionStep(string uses, List<(IParameterSymbol Parameter, IOperation Value)> arguments, string path)
    {
        var inputs = new List<MapEntry>();
        var ok = true;
        foreach (var (parameter, operation) in arguments)
        {
            var input = parameter.FindAttribute(KnownNames.ActionInputAttribute)?.FirstStringArgument() ?? parameter.Name;
            var value = Evaluate(operation, ValuePath.Key(ValuePath.Field(path, "With"), input));
            ok &= value is not null;
            if (value is not null and not NullValue)
            {
                inputs.Add(new MapEntry(input, value));
            }
        }

        var fields = new List<MapEntry> { new("Uses", new StringValue(uses)) };
        if (inputs.Count > 0)
        {
            fields.Add(new MapEntry("With", new MapValue(inputs.ToEquatableArray())));
        }

        return ok ? new ObjectValue(KnownNames.ActionStep, fields.ToEquatableArray()) : null;
    }

    private Value? EvaluateTemplate(string template, IInvocationOperation invocation, string path)
    {
        var arguments = new Dictionary<int, Value>();
        foreach (var argument in invocation.Arguments)
        {
            var value = Evaluate(argument.Value, path);
            if (value is null)
            {
                return null;
            }

            if (value is not (ParameterValue or TemplateStringValue) && AsText(value) is null)
            {
                return NotEvaluable(argument, Describe(argument), "Template arguments must be strings or numbers.");
            }

            arguments[argument.Parameter!.Ordinal] = value;
        }

        return TemplateTextBuilder.Fill(template, arguments);
    }

    /// <summary>Substitutes constant arguments into a helper's expression body and evaluates it.</summary>
    private Value? EvaluateHelper(IInvocationOperation invocation, IMethodSymbol method, ArrowExpressionClauseSyntax body, string path)
    {
        if (context.CallDepth >= EvaluationContext.MaxCallDepth)
        {
            context.Report(DiagnosticDescriptors.RecursiveDeclaration, invocation.Syntax, method.Name, $"more than {EvaluationContext.MaxCallDepth} nested helper calls");
            return null;
        }

        var parameters = context.Parameters;
        foreach (var argument in invocation.Arguments)
        {
            var value = Evaluate(argument.Value, path);
            if (value is null)
            {
                return null;
            }

            parameters = parameters.SetItem(argument.Parameter!, value);
        }

        var returned = context.OperationOf(body) switch
        {
            IBlockOperation { Operations: [IReturnOperation { ReturnedValue: { } value }] } => value,
            _ => null,
        };
        if (returned is null)
        {
            return NotEvaluable(invocation, $"the helper '{method.Name}'", "Its body could not be analysed.");
        }

        var saved = context.Parameters;
        context.Parameters = parameters;
        context.CallDepth++;
        try
        {
            return Evaluate(returned, path);
        }
        finally
        {
            context.CallDepth--;
            context.Parameters = saved;
        }
    }

    private ArrowExpressionClauseSyntax? FindExpressionBody(IMethodSymbol method) =>
        method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken) is MethodDeclarationSyntax { ExpressionBody: { } body }
            ? body
            : null;

    private static bool IsSequenceProperty(ITypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault() is { } property)
            {
                return property.Type.IsSequence() && !property.Type.IsDictionary();
            }
        }

        return false;
    }
}
