using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Spectra.Generators.Caching;

/// <summary>
/// The hash of a syntax tree without its member bodies: every token (kind and text, no trivia) except those inside
/// method, accessor, constructor and operator bodies, expression bodies, and field and property initializers.
/// Declarations, signatures, attributes with their arguments, parameter defaults, enum values, usings and namespaces
/// stay in. Why this split: what a body says cannot change how code in another file binds, but any declaration can
/// (a new overload, a type that shadows another, a using). A declaration's evaluation therefore depends on the
/// shape of every file, and on the full text only of the files whose bodies it read (<see cref="DependencyRecorder"/>).
/// </summary>
internal static class SyntaxShape
{
    public static string Hash(SyntaxTree tree, CancellationToken cancellationToken)
    {
        using var hash = new ContentHash();
        var pending = new Stack<SyntaxNodeOrToken>();
        pending.Push(tree.GetRoot(cancellationToken));
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current.IsToken)
            {
                hash.Add(current.RawKind);
                hash.Add(current.AsToken().Text);
                continue;
            }

            var node = current.AsNode()!;
            if (IsBody(node))
            {
                hash.Add(-node.RawKind); // that a body is there, not what it says
                continue;
            }

            var children = node.ChildNodesAndTokens();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }

        return hash.Finish();
    }

    /// <summary>
    /// Bodies and initializers of members. Constant fields are included: what a constant's value is depends on its
    /// initializer, which the dependency record covers for every constant an evaluation used.
    /// </summary>
    private static bool IsBody(SyntaxNode node) => node switch
    {
        BlockSyntax => true,
        ArrowExpressionClauseSyntax => true,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax } => true,
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } } => true,
        _ => false,
    };

    internal static bool IsLiteral(ExpressionSyntax expression) =>
        expression.IsKind(SyntaxKind.StringLiteralExpression) || expression.IsKind(SyntaxKind.NumericLiteralExpression) ||
        expression.IsKind(SyntaxKind.TrueLiteralExpression) || expression.IsKind(SyntaxKind.FalseLiteralExpression) ||
        expression.IsKind(SyntaxKind.NullLiteralExpression) || expression.IsKind(SyntaxKind.CharacterLiteralExpression);
}
