using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;
using static Spectra.Generators.Tests.Infrastructure.RuleAssert;

namespace Spectra.Generators.Tests.Triggers;

/// <summary>SPX1030: pull_request and pull_request_target activity types.</summary>
public sealed class ActivityTypeTests
{
    private const string Build = """public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };""";

    [Fact]
    public void Unknown_pull_request_type_is_reported_at_the_list_item() =>
        Reports("SPX1030", Workflow($$"""
            public static Triggers On => new() { PullRequest = new() { Types = ["opened", [|"synchronized"|]] } };
            {{Build}}
            """), "'synchronized' is not an activity type of pull_request; known types: assigned, unassigned");

    [Fact]
    public void Unknown_pull_request_target_type_is_reported_with_the_event_name() =>
        Reports("SPX1030", Workflow($$"""
            public static Triggers On => new() { PullRequestTarget = new() { Types = [[|"Opened"|]] } };
            {{Build}}
            """), "'Opened' is not an activity type of pull_request_target");

    [Fact]
    public void Every_documented_type_is_accepted() =>
        DoesNotReport("SPX1030", Workflow($$"""
            public static Triggers On => new()
            {
                PullRequest = new() { Types = ["{{string.Join("\", \"", Generators.Workflows.Validation.TriggerFilterRules.PullRequestActivityTypes)}}"] },
                PullRequestTarget = new() { Types = ["opened", "milestoned", "enqueued", "auto_merge_enabled"] },
            };
            {{Build}}
            """));
}
