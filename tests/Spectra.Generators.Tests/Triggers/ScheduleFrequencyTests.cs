using Spectra.Generators.Workflows.Validation;
using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;
using static Spectra.Generators.Tests.Infrastructure.RuleAssert;

namespace Spectra.Generators.Tests.Triggers;

/// <summary>SPX1033: schedules more frequent than GitHub's 5-minute minimum.</summary>
public sealed class ScheduleFrequencyTests
{
    private const string Build = """public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };""";

    [Theory]
    [InlineData("* * * * *", "1")]
    [InlineData("*/2 * * * *", "2")]
    [InlineData("0,3,30 9 * * *", "3")]
    [InlineData("10-12 * * * MON-FRI", "1")]
    [InlineData("59,1 * * * *", "2")]
    public void Too_frequent_schedule_is_a_warning_at_the_cron(string cron, string minutes) =>
        ReportsWarning("SPX1033", Workflow($$"""
            public static Triggers On => new() { Schedule = [new("0 3 * * *"), new([|"{{cron}}"|])] };
            {{Build}}
            """), $"'{cron}' asks for runs every {minutes} minute(s)");

    [Theory]
    [InlineData("*/5 * * * *")]
    [InlineData("0,5,10 * * * *")]
    [InlineData("58,1 3 * * *")]
    [InlineData("0 * * * *")]
    [InlineData("*/30 6-18 * * MON-FRI")]
    public void Schedule_every_five_minutes_or_less_often_is_accepted(string cron) =>
        DoesNotReport("SPX1033", Workflow($$"""
            public static Triggers On => new() { Schedule = [new("{{cron}}")] };
            {{Build}}
            """));

    [Fact]
    public void Minute_gap_across_the_hour_counts_only_when_the_next_hour_runs_too()
    {
        Assert.Equal(3, ScheduleFrequencyRules.ShortestGap([1, 58], [3, 4]));
        Assert.Equal(57, ScheduleFrequencyRules.ShortestGap([1, 58], [3]));
        Assert.Equal(2, ScheduleFrequencyRules.ShortestGap([0, 58], [23, 0]));
        Assert.Equal(int.MaxValue, ScheduleFrequencyRules.ShortestGap([7], [12]));
    }

    [Fact]
    public void Cron_fields_expand_like_cron_does() =>
        Assert.Equal([5, 20, 35, 50, 52, 53], ScheduleFrequencyRules.Expand("5/15,52-53", 0, 59));
}
