using System.Collections.Generic;

namespace Spectra;

/// <summary>A CronJob (batch/v1) running the service's image on a schedule, named <c>{service}-{Name}</c>.</summary>
/// <param name="Name">The job's name suffix, e.g. <c>cleanup</c>.</param>
/// <param name="Schedule">A five-field cron expression, e.g. <c>0 3 * * *</c>.</param>
public sealed record ScheduledJob(string Name, string Schedule)
{
    /// <summary>The command to run instead of the image's entry point.</summary>
    public IReadOnlyList<string>? Command { get; init; }

    /// <summary>An IANA time zone for the schedule, e.g. <c>Europe/Amsterdam</c>. Defaults to the controller's (usually UTC).</summary>
    public string? TimeZone { get; init; }

    /// <summary><c>Forbid</c> (default), <c>Allow</c> or <c>Replace</c>: what happens when the previous run is still going.</summary>
    public string? ConcurrencyPolicy { get; init; }

    /// <summary>Retries before a run counts as failed (Kubernetes default 6).</summary>
    public int? BackoffLimit { get; init; }
}
