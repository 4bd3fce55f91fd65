using System.Collections.Generic;

namespace Spectra.Generators.Workflows.Expressions;

/// <summary>Walks a parsed expression, so each rule reads the nodes it cares about without its own recursion.</summary>
internal static class ExpressionTree
{
    /// <summary><paramref name="root"/> and every node under it, parents before children, left before right.</summary>
    public static IEnumerable<ExpressionNode> DescendantsAndSelf(ExpressionNode root)
    {
        var pending = new Stack<ExpressionNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            switch (node)
            {
                case PropertyAccess property:
                    pending.Push(property.Target);
                    break;
                case FilterAccess filter:
                    pending.Push(filter.Target);
                    break;
                case IndexAccess index:
                    pending.Push(index.Index);
                    pending.Push(index.Target);
                    break;
                case NotOperation not:
                    pending.Push(not.Operand);
                    break;
                case BinaryOperation binary:
                    pending.Push(binary.Right);
                    pending.Push(binary.Left);
                    break;
                case FunctionCall call:
                    for (var i = call.Arguments.Count - 1; i >= 0; i--)
                    {
                        pending.Push(call.Arguments[i]);
                    }

                    break;
            }
        }
    }
}
