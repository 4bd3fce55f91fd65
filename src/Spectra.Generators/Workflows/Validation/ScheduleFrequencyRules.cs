using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// GitHub runs scheduled workflows at most once every 5 minutes. The shortest gap between two runs of a schedule
/// comes from its minute field: the closest two minutes of one hour, or the last minute of an hour and the first of
/// the next when the hour field allows two hours in a row. Other fields only thin runs out.
/// </summary>
internal static class ScheduleFrequencyRules
{
    private const int ShortestInterval = 5;

    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        foreach (var schedule in workflow.On?.Schedules ?? EquatableArray<ScheduleModel>.Empty)
        {
            if (CronRules.Validate(schedule.Cron) is not null)
            {
                continue; // SPX1008 says what is wrong with it
            }

            var fields = schedule.Cron.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var gap = ShortestGap(Expand(fields[0], 0, 59), Expand(fields[1], 0, 23));
            if (gap < ShortestInterval)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.ScheduleTooFrequent, schedule.Path, schedule.Cron, gap.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    /// <summary>The smallest number of minutes between two runs; <see cref="int.MaxValue"/> when there is only one run a day.</summary>
    public static int ShortestGap(IReadOnlyList<int> minutes, IReadOnlyList<int> hours)
    {
        var gap = int.MaxValue;
        for (var i = 1; i < minutes.Count; i++)
        {
            gap = Math.Min(gap, minutes[i] - minutes[i - 1]);
        }

        var hourSet = new HashSet<int>(hours);
        if (hours.Any(h => hourSet.Contains((h + 1) % 24)))
        {
            gap = Math.Min(gap, 60 - minutes[minutes.Count - 1] + minutes[0]);
        }

        return gap;
    }

    /// <summary>The sorted values of a numeric cron field already known to be valid (<c>*</c>, <c>5</c>, <c>1-9</c>, <c>*/15</c>, <c>5/10</c>, lists).</summary>
    public static IReadOnlyList<int> Expand(string field, int min, int max)
    {
        var values = new SortedSet<int>();
        foreach (var item in field.Split(','))
        {
            var slash = item.IndexOf('/');
            var range = slash < 0 ? item : item.Substring(0, slash);
            var step = slash < 0 ? 1 : int.Parse(item.Substring(slash + 1), CultureInfo.InvariantCulture);
            var dash = range.IndexOf('-');
            var (low, high) = range == "*"
                ? (min, max)
                : dash < 0
                    ? (Number(range), slash < 0 ? Number(range) : max) // "5/10" means 5, 15, 25, ...
                    : (Number(range.Substring(0, dash)), Number(range.Substring(dash + 1)));
            for (var value = low; value <= high; value += step)
            {
                values.Add(value);
            }
        }

        return values.ToList();
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
