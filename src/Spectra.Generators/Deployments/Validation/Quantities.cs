using System.Globalization;
using System.Text.RegularExpressions;

namespace Spectra.Generators.Deployments.Validation;

/// <summary>Kubernetes resource quantities (k8s.io/apimachinery resource.Quantity): parsing and the classic mistakes.</summary>
internal static class Quantities
{
    private static readonly Regex Grammar = new(@"^\+?(?<number>[0-9]+(\.[0-9]*)?|\.[0-9]+)(?<suffix>Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant);

    public static bool TryParse(string text, out decimal value, out string suffix)
    {
        value = 0;
        suffix = "";
        var match = Grammar.Match(text);
        if (!match.Success || !decimal.TryParse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        suffix = match.Groups["suffix"].Value;
        value = number * Multiplier(suffix);
        return true;
    }

    /// <summary>Why <paramref name="text"/> is not a usable quantity of <paramref name="resource"/>, or null.</summary>
    public static string? Problem(string text, string resource)
    {
        if (!TryParse(text, out _, out var suffix))
        {
            return "Kubernetes quantities are a number with an optional suffix such as m, Ki, Mi, Gi (e.g. 500m, 256Mi); units like 'mb' or spaces are not allowed";
        }

        return resource switch
        {
            "memory" or "ephemeral-storage" when suffix is "m" or "u" or "n" => $"'{suffix}' is a fraction (milli, micro, nano): {text} of {resource} is a fraction of a byte; use Mi for mebibytes",
            "cpu" when suffix.EndsWith("i", System.StringComparison.Ordinal) => "CPU is counted in cores (1) or millicores (500m), not in binary units",
            _ => null,
        };
    }

    /// <summary>For memory written with a decimal suffix (<c>500M</c>): the suggested binary spelling, or null.</summary>
    public static string? BinaryAlternative(string text)
    {
        var match = Grammar.Match(text);
        var suffix = match.Success ? match.Groups["suffix"].Value : "";
        return suffix is "k" or "M" or "G" or "T" or "P" or "E"
            ? match.Groups["number"].Value + (suffix == "k" ? "K" : suffix) + "i"
            : null;
    }

    private static decimal Multiplier(string suffix) => suffix switch
    {
        "" => 1m,
        "n" => 0.000000001m,
        "u" => 0.000001m,
        "m" => 0.001m,
        "k" => 1e3m,
        "M" => 1e6m,
        "G" => 1e9m,
        "T" => 1e12m,
        "P" => 1e15m,
        "E" => 1e18m,
        "Ki" => 1024m,
        "Mi" => 1024m * 1024,
        "Gi" => 1024m * 1024 * 1024,
        "Ti" => 1024m * 1024 * 1024 * 1024,
        "Pi" => 1024m * 1024 * 1024 * 1024 * 1024,
        "Ei" => 1024m * 1024 * 1024 * 1024 * 1024 * 1024,
        _ => Exponent(suffix),
    };

    private static decimal Exponent(string suffix)
    {
        var exponent = int.Parse(suffix.Substring(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var result = 1m;
        for (var i = 0; i < System.Math.Min(System.Math.Abs(exponent), 27); i++)
        {
            result = exponent > 0 ? result * 10 : result / 10;
        }

        return result;
    }
}
