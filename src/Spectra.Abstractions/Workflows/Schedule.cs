namespace Spectra;

/// <summary>One <c>schedule</c> entry.</summary>
/// <param name="Cron">A five-field POSIX cron expression in UTC, e.g. <c>0 3 * * 1-5</c>.</param>
public sealed record Schedule(string Cron);
