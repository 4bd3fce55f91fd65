using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Spectra.Generators.Values;

namespace Spectra.Generators.Evaluation;

internal sealed partial class OperationEvaluator
{
    private Value? EvaluateInterpolatedString(IInterpolatedStringOperation interpolated, string path)
    {
        var text = new TemplateTextBuilder();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation literal:
                    text.AppendLiteral(literal.Text.ConstantValue.Value as string);
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                    var value = Evaluate(hole.Expression, path);
                    if (value is null)
                    {
                        return null;
                    }

                    if (!text.Append(value))
                    {
                        return NotEvaluable(hole, Describe(hole), "Interpolated values must be strings, numbers, bools or enum members.");
                    }

                    break;
                default:
                    return NotEvaluable(part, Describe(part), "Alignment and format specifiers in interpolated strings are not supported.");
            }
        }

        return text.ToValue();
    }

    private Value? EvaluateBinary(IBinaryOperation binary, string path)
    {
        if (binary.OperatorKind != BinaryOperatorKind.Add || binary.Type?.SpecialType != SpecialType.System_String)
        {
            return NotEvaluable(binary, Describe(binary), "Only string concatenation is evaluated; compute other values as constants.");
        }

        var left = Evaluate(binary.LeftOperand, path);
        var right = Evaluate(binary.RightOperand, path);
        if (left is null || right is null)
        {
            return null;
        }

        // C# concatenates null as "": a template parameter, by contrast, keeps its place in the text.
        var text = new TemplateTextBuilder();
        var ok = (left is NullValue || text.Append(left)) && (right is NullValue || text.Append(right));
        return ok ? text.ToValue() : NotEvaluable(binary, Describe(binary), "Only strings, numbers and bools can be concatenated.");
    }

    private const string UnpairedSurrogateHint =
        "Generated files are UTF-8, which cannot hold half of a surrogate pair; write the whole character (e.g. \"\\U0001F600\") or remove it.";

    /// <summary>True for a string or char holding half of a surrogate pair, which no UTF-8 file (so no YAML file) can hold.</summary>
    private static bool HasUnpairedSurrogate(object? constant)
    {
        var text = constant switch
        {
            string s => s,
            char c => c.ToString(),
            _ => null,
        };
        for (var i = 0; text is not null && i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text C# would produce for the value, or null when it has no simple text form.</summary>
    internal static string? AsText(Value value) => value switch
    {
        StringValue s => s.Text,
        NumberValue n => n.Text,
        BoolValue b => b.Flag ? "True" : "False",
        EnumValue e => e.Member,
        _ => null,
    };
}
