using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Validation;

namespace Spectra.Generators.Deployments.Validation;

/// <summary>CronJob schedules (standard five-field cron, or a macro such as <c>@daily</c>) and IANA time zones.</summary>
internal static class CronJobRules
{
    private static readonly HashSet<string> Macros = new(StringComparer.Ordinal) { "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly" };

    // Area/Location names from the tz database (Europe/Amsterdam, America/Argentina/Buenos_Aires, Etc/GMT+2) or UTC.
    private static readonly Regex TimeZoneName = new(@"^(UTC|[A-Z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){1,2})$", RegexOptions.CultureInvariant);

    public static void Check(ServiceModel service, ServiceInstance instance, List<Issue> issues)
    {
        foreach (var job in instance.Workload.CronJobs)
        {
            var schedulePath = Models.Field(job.Path, "Schedule");
            if (job.Schedule.IndexOf("TZ=", StringComparison.Ordinal) >= 0)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.InvalidCronJobSchedule, schedulePath, job.Schedule, "Kubernetes rejects TZ= and CRON_TZ= in schedules; set TimeZone instead"));
            }
            else if (!Macros.Contains(job.Schedule.Trim()) && CronRules.Validate(job.Schedule) is { } problem)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.InvalidCronJobSchedule, schedulePath, job.Schedule, problem));
            }

            if (job.TimeZone is { } zone && !TimeZoneName.IsMatch(zone))
            {
                var problem = zone.IndexOfAny(['+', ':']) > 0 && !zone.StartsWith("Etc/", StringComparison.Ordinal)
                    ? "offsets are not time zones; use an Area/Location name such as Europe/Amsterdam (or Etc/GMT-2)"
                    : "use an Area/Location name from the tz database such as Europe/Amsterdam, or UTC";
                issues.Add(Issue.Create(DiagnosticDescriptors.InvalidTimeZone, Models.Field(job.Path, "TimeZone"), zone, problem));
            }

            if (job.ConcurrencyPolicy is not ("Allow" or "Forbid" or "Replace"))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.WrongValueType, Models.Field(job.Path, "ConcurrencyPolicy"), $"ConcurrencyPolicy of '{service.Name}-{job.Name}'", "Allow, Forbid or Replace", "'" + job.ConcurrencyPolicy + "'"));
            }
        }
    }
}
