using System.Globalization;

namespace Spectra.Generators.Workflows.Expressions;

/// <summary>
/// Numbers as GitHub reads them, in expressions and when it converts a string to a number: JSON-style decimals
/// with an optional sign, fraction and exponent (<c>-9.2</c>, <c>-2.99e-2</c>, <c>.5</c>), <c>Infinity</c>, and
/// unsigned hexadecimal, octal or binary (<c>0xff</c>, <c>0o17</c>, <c>0b101</c>).
/// </summary>
internal static class NumberSyntax
{
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        if (text.Length > 2 && text[0] == '0' && RadixOf(text[1]) is var radix and > 0)
        {
            return TryParseRadix(text, radix, out value);
        }

        var i = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        if (text.Length - i == 8 && string.CompareOrdinal(text, i, "Infinity", 0, 8) == 0)
        {
            value = text[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        var digits = SkipDigits(text, ref i);
        if (i < text.Length && text[i] == '.')
        {
            i++;
            digits += SkipDigits(text, ref i);
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '-' or '+')
            {
                i++;
            }

            if (SkipDigits(text, ref i) == 0)
            {
                return false;
            }
        }

        return i == text.Length && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static int RadixOf(char marker) => marker switch
    {
        'x' or 'X' => 16,
        'o' or 'O' => 8,
        'b' or 'B' => 2,
        _ => 0,
    };

    private static bool TryParseRadix(string text, int radix, out double value)
    {
        value = 0;
        for (var i = 2; i < text.Length; i++)
        {
            var digit = text[i] switch
            {
                >= '0' and <= '9' => text[i] - '0',
                >= 'a' and <= 'f' => text[i] - 'a' + 10,
                >= 'A' and <= 'F' => text[i] - 'A' + 10,
                _ => radix,
            };
            if (digit >= radix)
            {
                return false;
            }

            value = (value * radix) + digit;
        }

        return true;
    }

    private static int SkipDigits(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i - start;
    }
}
