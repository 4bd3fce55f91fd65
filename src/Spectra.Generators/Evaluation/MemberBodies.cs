using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Spectra.Generators.Evaluation;

/// <summary>Finds the expression that defines a static property's or field's value in source.</summary>
internal static class MemberBodies
{
    /// <summary>
    /// The operation of the member's expression body or initializer. On failure, <paramref name="problem"/> says what
    /// the member looks like instead, and <paramref name="syntax"/> is where to report it.
    /// </summary>
    public static IOperation? FindValue(ISymbol member, EvaluationContext context, out SyntaxNode? syntax, out string? problem)
    {
        problem = null;
        syntax = member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken);
        switch (syntax)
        {
            case PropertyDeclarationSyntax { ExpressionBody: { } arrow }:
                return Returned(context.OperationOf(arrow));
            case PropertyDeclarationSyntax { Initializer: { } initializer }:
                return (context.OperationOf(initializer) as IPropertyInitializerOperation)?.Value;
            case PropertyDeclarationSyntax { AccessorList: { } accessors } when accessors.Accessors.FirstOrDefault(a => a.Keyword.Text == "get")?.ExpressionBody is { } getter:
                return Returned(context.OperationOf(getter));
            case PropertyDeclarationSyntax property:
                syntax = property.Identifier.Parent;
                problem = "a property without an expression body or initializer; write it as 'public static T Name => new() { ... };'";
                return null;
            case VariableDeclaratorSyntax { Initializer: { } fieldInitializer }:
                return (context.OperationOf(fieldInitializer) as IFieldInitializerOperation)?.Value;
            case VariableDeclaratorSyntax:
                problem = "a field without an initializer";
                return null;
            default:
                problem = "a member that is not declared in this project's source";
                return null;
        }
    }

    private static IOperation? Returned(IOperation? body) => body switch
    {
        IBlockOperation { Operations: [IReturnOperation { ReturnedValue: { } value }] } => value,
        IReturnOperation { ReturnedValue: { } value } => value,
        _ => null,
    };
}
