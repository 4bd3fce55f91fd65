using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Spectra.Generators.Values;

namespace Spectra.Generators.Evaluation;

/// <summary>
/// Turns the <see cref="IOperation"/> tree of a declaration into a <see cref="Value"/> without running user code.
/// Every construct it understands is listed in the switch below; anything else becomes an SPX0002 diagnostic that
/// names the construct, so nothing is silently dropped. Returns null when the value could not be evaluated (the
/// diagnostic has been reported).
/// </summary>
internal sealed partial class OperationEvaluator(EvaluationContext context)
{
    public Value? Evaluate(IOperation operation, string path)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        context.Dependencies.RecordEvaluated(operation);
        var value = EvaluateCore(operation, path);
        if (value is not null)
        {
            context.Record(path, operation.Syntax);
        }

        return value;
    }

    private Value? EvaluateCore(IOperation operation, string path)
    {
        if (operation.ConstantValue.HasValue)
        {
            return HasUnpairedSurrogate(operation.ConstantValue.Value)
                ? NotEvaluable(operation, "a string with an unpaired UTF-16 surrogate", UnpairedSurrogateHint)
                : FromConstant(operation);
        }

        return operation switch
        {
            IConversionOperation conversion => EvaluateConversion(conversion, path),
            IParenthesizedOperation parenthesized => Evaluate(parenthesized.Operand, path),
            IObjectCreationOperation creation => EvaluateCreation(creation, path),
            IAnonymousObjectCreationOperation => NotEvaluable(operation, "an anonymous object", "Use a Spectra type such as 'new Job { ... }'."),
            IWithOperation with => EvaluateWith(with, path),
            ICollectionExpressionOperation collection => EvaluateCollectionExpression(collection, path),
            IArrayCreationOperation array => EvaluateArray(array, path),
            IInterpolatedStringOperation interpolated => EvaluateInterpolatedString(interpolated, path),
            IBinaryOperation binary => EvaluateBinary(binary, path),
            IPropertyReferenceOperation property => EvaluateMemberReference(property, property.Property, path),
            IFieldReferenceOperation field => EvaluateMemberReference(field, field.Field, path),
            IInvocationOperation invocation => EvaluateInvocation(invocation, path),
            IParameterReferenceOperation parameter => EvaluateParameter(parameter),
            ITypeOfOperation typeOf => new StringValue(typeOf.TypeOperand.FullName()),
            IDefaultValueOperation => NullValue.Instance,
            IInvalidOperation => null, // the C# compiler already reports why; a second error would be noise
            _ => NotEvaluable(operation, Describe(operation), SupportedConstructsHint),
        };
    }

    private const string SupportedConstructsHint =
        "Declarations may use constants, 'new' with initializers, collection expressions, 'with', interpolated strings of constants, " +
        "references to other declarations, Spectra factory methods, and expression-bodied helpers of this project with constant arguments.";

    private Value? NotEvaluable(IOperation operation, string construct, string hint)
    {
        if (!ReportedParameterComputation(operation, construct))
        {
            context.ReportNotEvaluable(operation.Syntax, construct, hint);
        }

        return null;
    }

    private static string Describe(IOperation operation)
    {
        var text = operation.Syntax.ToString();
        if (text.Length > 60)
        {
            text = text.Substring(0, 57) + "...";
        }

        return $"'{text}' ({KindName(operation.Kind)})";
    }

    private static string KindName(OperationKind kind) => kind switch
    {
        OperationKind.Conditional => "a conditional expression",
        OperationKind.Coalesce => "a null-coalescing expression",
        OperationKind.AnonymousFunction => "a lambda",
        OperationKind.Await => "an await expression",
        OperationKind.Throw => "a throw expression",
        OperationKind.Increment or OperationKind.Decrement => "an increment",
        OperationKind.LocalReference => "a local variable",
        OperationKind.Switch or OperationKind.SwitchExpression => "a switch expression",
        _ => "an expression of kind " + kind,
    };

    private static Value FromConstant(IOperation operation)
    {
        var constant = operation.ConstantValue.Value;
        if (operation.Type?.TypeKind == TypeKind.Enum && constant is not null)
        {
            return FromEnum((INamedTypeSymbol)operation.Type, constant);
        }

        return constant switch
        {
            null => NullValue.Instance,
            string text => new StringValue(text),
            bool flag => new BoolValue(flag),
            char character => new StringValue(character.ToString()),
            _ => NumberValue.From(constant),
        };
    }

    private static Value FromEnum(INamedTypeSymbol enumType, object constant)
    {
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, constant))
            {
                return new EnumValue(enumType.FullName(), field.Name);
            }
        }

        return NumberValue.From(constant);
    }

    private Value? EvaluateParameter(IParameterReferenceOperation reference)
    {
        if (context.Parameters.TryGetValue(reference.Parameter, out var value))
        {
            return value;
        }

        return NotEvaluable(reference, $"the parameter '{reference.Parameter.Name}'", "Parameters have values only inside a helper called with constant arguments.");
    }
}
