using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;
using static Spectra.Generators.Tests.Infrastructure.RuleAssert;

namespace Spectra.Generators.Tests.Jobs;

/// <summary>SPX1042: a job holding the workflow's own concurrency group.</summary>
public sealed class ConcurrencyTests
{
    private const string Runner = "RunsOn = Runner.UbuntuLatest, Steps = [Step.Run(\"echo\")]";

    [Fact]
    public void Job_group_equal_to_the_workflow_group_is_reported_at_the_job_group() =>
        Reports("SPX1042", Workflow($$$"""
            public static Concurrency Concurrency => new() { Group = "deploy-${{ github.ref }}" };
            public static Job Deploy => new() { Concurrency = new() { Group = [|" deploy-${{ github.ref }} "|] }, {{{Runner}}} };
            """), "Job 'deploy' uses concurrency group ' deploy-${{ github.ref }} ', which the workflow itself holds");

    [Fact]
    public void Different_groups_are_accepted() =>
        DoesNotReport("SPX1042", Workflow($$$"""
            public static Concurrency Concurrency => new() { Group = "ci-${{ github.ref }}" };
            public static Job Deploy => new() { Concurrency = new() { Group = "deploy-production" }, {{{Runner}}} };
            public static Job Test => new() { {{{Runner}}} };
            """));
}
