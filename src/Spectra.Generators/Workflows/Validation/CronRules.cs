using System;
using System.Globalization;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// POSIX cron as GitHub's scheduler accepts it: five fields, each <c>*</c>, a value, a range, a step
/// (<c>*/15</c>, <c>0-30/5</c>) or a comma list of those; months and weekdays may be three-letter names.
/// </summary>
internal static class CronRules
{
    private static readonly (string Name, int Min, int Max, string[]? Names)[] Fields =
    [
        ("minute", 0, 59, null),
        ("hour", 0, 23, null),
        ("day of month", 1, 31, null),
        ("month", 1, 12, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]),
        ("day of week", 0, 6, ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]),
    ];

    /// <summary>Null when valid; otherwise what is wrong, in words.</summary>
    public static string? Validate(string cron)
    {
        var parts = cron.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 5)
        {
            return $"a schedule has 5 fields (minute hour day-of-month month day-of-week), this one has {parts.Length}";
        }

        for (var i = 0; i < parts.Length; i++)
        {
            foreach (var item in parts[i].Split(','))
            {
                if (ValidateItem(item, Fields[i]) is { } problem)
                {
                    return $"the {Fields[i].Name} field '{parts[i]}' {problem}";
                }
            }
        }

        return null;
    }

    private static string? ValidateItem(string item, (string Name, int Min, int Max, string[]? Names) field)
    {
        var slash = item.IndexOf('/');
        var range = slash < 0 ? item : item.Substring(0, slash);
        if (slash >= 0 && !(int.TryParse(item.Substring(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var step) && step > 0))
        {
            return "has an invalid step after '/'";
        }

        if (range == "*")
        {
            return null;
        }

        var dash = range.IndexOf('-');
        var low = Parse(dash < 0 ? range : range.Substring(0, dash), field);
        var high = dash < 0 ? low : Parse(range.Substring(dash + 1), field);
        if (low is null || high is null)
        {
            return $"must use values from {field.Min} to {field.Max}" + (field.Names is null ? "" : " or names such as " + field.Names[0]);
        }

        return low > high ? $"has a range that runs backwards ({range})" : null;
    }

    private static int? Parse(string text, (string Name, int Min, int Max, string[]? Names) field)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= field.Min && number <= field.Max ? number : null;
        }

        var index = field.Names is null ? -1 : Array.IndexOf(field.Names, text.ToUpperInvariant());
        return index < 0 ? null : index + field.Min;
    }
}
