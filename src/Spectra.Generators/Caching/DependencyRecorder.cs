using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Spectra.Generators.Caching;

/// <summary>
/// The syntax trees one declaration's evaluation depended on beyond the compilation's shape: its own trees, the trees
/// of every body it bound, and the declaring trees of every source symbol those bodies use, with the initializers of
/// the constants among them (a constant's value lives in a body-like initializer that the shape leaves out), the
/// attributes the evaluator may read and the default values of called methods. It records more than evaluation strictly
/// reads (it walks whole operation trees, not only the parts evaluated): a tree too many costs a re-evaluation, a tree
/// too few a wrong result.
/// </summary>
internal sealed class DependencyRecorder(Compilation compilation, Func<SyntaxTree, SemanticModel> semanticModelFor, CancellationToken cancellationToken)
{
    private readonly HashSet<SyntaxTree> _trees = [];
    private readonly HashSet<ISymbol> _symbols = new(SymbolEqualityComparer.Default);

    public IReadOnlyCollection<SyntaxTree> Trees => _trees;

    /// <summary>False if recording failed somewhere: the record may miss a tree, so the result must not be cached.</summary>
    public bool Complete { get; private set; } = true;

    public void RecordTree(SyntaxTree tree) => _trees.Add(tree);

    /// <summary>A bound body: its tree, and everything its operations refer to.</summary>
    public void RecordOperation(IOperation? root) => Guarded(root, RecordOperationCore);

    /// <summary>A symbol from source: where it is declared, and what it carries that the shape does not.</summary>
    public void RecordSymbol(ISymbol? symbol) => Guarded(symbol, RecordSymbolCore);

    /// <summary>
    /// One operation the evaluator is about to evaluate, whichever way it was bound: a folded constant with all it
    /// was folded from, anything else by the symbols it names (its operands are evaluated, and recorded, in turn).
    /// So the record follows evaluation even where a body was bound without <c>EvaluationContext.OperationOf</c>.
    /// </summary>
    public void RecordEvaluated(IOperation operation) => Guarded(operation, RecordEvaluatedCore);

    private void RecordEvaluatedCore(IOperation operation)
    {
        if (operation.ConstantValue.HasValue)
        {
            RecordOperationCore(operation);
            return;
        }

        RecordTree(operation.Syntax.SyntaxTree);
        RecordNode(operation);
    }

    /// <summary>Recording serves the cache only: a failure here must not fail evaluation, only keep its result out of the cache.</summary>
    private void Guarded<TInput>(TInput input, Action<TInput> record)
    {
        try
        {
            record(input);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Complete = false;
        }
    }

    private void RecordOperationCore(IOperation? root)
    {
        if (root is null)
        {
            return;
        }

        RecordTree(root.Syntax.SyntaxTree);
        foreach (var operation in root.DescendantsAndSelf())
        {
            cancellationToken.ThrowIfCancellationRequested();
            RecordNode(operation);
        }
    }

    /// <summary>The symbols one operation names, not those of its operands.</summary>
    private void RecordNode(IOperation operation)
    {
        RecordSymbol(operation.Type);
        switch (operation)
        {
            case IMemberReferenceOperation member:
                RecordSymbol(member.Member);
                break;
            case IInvocationOperation invocation:
                RecordSymbol(invocation.TargetMethod);
                break;
            case IObjectCreationOperation creation:
                RecordSymbol(creation.Constructor);
                break;
            case IConversionOperation { OperatorMethod: { } conversion }:
                RecordSymbol(conversion);
                break;
            case IBinaryOperation { OperatorMethod: { } binary }:
                RecordSymbol(binary);
                break;
            case IUnaryOperation { OperatorMethod: { } unary }:
                RecordSymbol(unary);
                break;
        }
    }

    private void RecordSymbolCore(ISymbol? symbol)
    {
        switch (symbol)
        {
            case null:
                return;
            case IArrayTypeSymbol array:
                RecordSymbol(array.ElementType);
                return;
            case INamedTypeSymbol { IsGenericType: true } generic when !SymbolEqualityComparer.Default.Equals(generic, generic.OriginalDefinition):
                foreach (var argument in generic.TypeArguments)
                {
                    RecordSymbol(argument);
                }

                RecordSymbol(generic.OriginalDefinition);
                return;
        }

        symbol = symbol.OriginalDefinition;
        if (symbol.DeclaringSyntaxReferences.IsEmpty || !_symbols.Add(symbol))
        {
            return; // from metadata (covered by the references' identity), or already recorded
        }

        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            RecordTree(reference.SyntaxTree);
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            RecordAttribute(attribute);
        }

        RecordSymbol(symbol.ContainingType);
        switch (symbol)
        {
            case IMethodSymbol method:
                RecordSymbol(method.PartialImplementationPart);
                RecordSymbol(method.PartialDefinitionPart);
                foreach (var parameter in method.Parameters)
                {
                    RecordParameter(parameter);
                }

                break;
            case IPropertySymbol property:
                RecordSymbol(property.PartialImplementationPart);
                RecordSymbol(property.PartialDefinitionPart);
                break;
            case IFieldSymbol { HasConstantValue: true } constant:
                RecordConstant(constant);
                break;
            case INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType:
                // An enum value is turned into the name of the first member with that value: every member counts.
                foreach (var member in enumType.GetMembers())
                {
                    RecordSymbol(member);
                }

                break;
        }
    }

    private void RecordParameter(IParameterSymbol parameter)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            RecordAttribute(attribute);
        }

        foreach (var reference in parameter.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is ParameterSyntax { Default: { } value } && !SyntaxShape.IsLiteral(value.Value))
            {
                RecordOperation(Bind(value));
            }
        }
    }

    /// <summary>A constant's value is folded from its initializer, which may name constants of other files.</summary>
    private void RecordConstant(IFieldSymbol constant)
    {
        foreach (var reference in constant.DeclaringSyntaxReferences)
        {
            var initializer = reference.GetSyntax(cancellationToken) switch
            {
                VariableDeclaratorSyntax { Initializer: { } value } => value,
                EnumMemberDeclarationSyntax { EqualsValue: { } value } => value,
                _ => null,
            };
            if (initializer is not null && !SyntaxShape.IsLiteral(initializer.Value))
            {
                RecordOperation(Bind(initializer));
            }
        }
    }

    /// <summary>
    /// Attributes are in the shape, but a constant named in their arguments is not: <c>[Workflow(Ids.Ci)]</c> changes
    /// its value when <c>Ids.Ci</c> changes.
    /// </summary>
    private void RecordAttribute(AttributeData attribute)
    {
        RecordSymbol(attribute.AttributeClass);
        RecordSymbol(attribute.AttributeConstructor);
        if (attribute.ApplicationSyntaxReference is not { } application)
        {
            return;
        }

        RecordTree(application.SyntaxTree);
        if (application.GetSyntax(cancellationToken) is AttributeSyntax { ArgumentList: { } arguments })
        {
            foreach (var argument in arguments.Arguments)
            {
                if (!SyntaxShape.IsLiteral(argument.Expression))
                {
                    RecordOperation(Bind(argument.Expression));
                }
            }
        }
    }

    /// <summary>
    /// Null for a tree of another compilation (a project reference in the IDE): it stays recorded, and since it is
    /// not one of this compilation's trees, the result is not cached at all.
    /// </summary>
    private IOperation? Bind(SyntaxNode node) =>
        compilation.ContainsSyntaxTree(node.SyntaxTree) ? semanticModelFor(node.SyntaxTree).GetOperation(node, cancellationToken) : null;
}
