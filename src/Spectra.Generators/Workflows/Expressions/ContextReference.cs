using System.Collections.Generic;

namespace Spectra.Generators.Workflows.Expressions;

/// <summary>
/// A read of a context: <c>needs.build-image.outputs.digest</c> is context <c>needs</c> with members
/// <c>build-image, outputs, digest</c>. Members stop at the first part not known before run time (<c>outputs[x]</c>,
/// <c>.*</c>); <c>['key']</c> with a string literal counts as a member. <see cref="Node"/> spans the known part.
/// </summary>
internal sealed record ContextReference(string Context, ExpressionContexts Flag, IReadOnlyList<string> Members, ExpressionNode Node)
{
    /// <summary>The member at <paramref name="index"/>, or null when the reference is shorter.</summary>
    public string? Member(int index) => index < Members.Count ? Members[index] : null;

    /// <summary>Every context read in <paramref name="root"/>, including reads inside index expressions, in source order.</summary>
    public static List<ContextReference> Collect(ExpressionNode root)
    {
        var references = new List<ContextReference>();
        Visit(root, references);
        return references;
    }

    private static void Visit(ExpressionNode node, List<ContextReference> references)
    {
        switch (node)
        {
            case ContextAccess or PropertyAccess or IndexAccess or FilterAccess:
                Chain(node, references);
                break;
            case NotOperation not:
                Visit(not.Operand, references);
                break;
            case BinaryOperation binary:
                Visit(binary.Left, references);
                Visit(binary.Right, references);
                break;
            case FunctionCall call:
                foreach (var argument in call.Arguments)
                {
                    Visit(argument, references);
                }

                break;
        }
    }

    private static void Chain(ExpressionNode outer, List<ContextReference> references)
    {
        var accessors = new List<ExpressionNode>();
        var current = outer;
        while (current is PropertyAccess or IndexAccess or FilterAccess)
        {
            accessors.Add(current);
            current = current switch
            {
                PropertyAccess property => property.Target,
                IndexAccess index => index.Target,
                _ => ((FilterAccess)current).Target,
            };
        }

        if (current is ContextAccess root)
        {
            var members = new List<string>();
            ExpressionNode known = root;
            for (var i = accessors.Count - 1; i >= 0; i--)
            {
                var name = accessors[i] switch
                {
                    PropertyAccess property => property.Name,
                    IndexAccess { Index: StringLiteral literal } => literal.Value,
                    _ => null,
                };
                if (name is null)
                {
                    break;
                }

                members.Add(name);
                known = accessors[i];
            }

            references.Add(new ContextReference(root.Name, ContextNames.Find(root.Name), members, known));
        }
        else
        {
            Visit(current, references); // (a || b).c or fromJSON(x).y: the reads are inside
        }

        for (var i = accessors.Count - 1; i >= 0; i--)
        {
            if (accessors[i] is IndexAccess index)
            {
                Visit(index.Index, references);
            }
        }
    }
}
