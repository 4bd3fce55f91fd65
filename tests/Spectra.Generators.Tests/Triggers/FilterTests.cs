using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;
using static Spectra.Generators.Tests.Infrastructure.RuleAssert;

namespace Spectra.Generators.Tests.Triggers;

/// <summary>SPX1031 (filters that exclude each other) and SPX1032 (filter patterns).</summary>
public sealed class FilterTests
{
    private const string Build = """public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("echo")] };""";

    [Fact]
    public void Branches_with_branches_ignore_is_reported_at_the_ignore_list() =>
        Reports("SPX1031", Workflow($$"""
            public static Triggers On => new() { Push = new() { Branches = ["main"], BranchesIgnore = [|["dependabot/**"]|] } };
            {{Build}}
            """), "Branches and BranchesIgnore cannot both be set on the push trigger");

    [Fact]
    public void Paths_with_paths_ignore_on_a_pull_request_is_reported() =>
        Reports("SPX1031", Workflow($$"""
            public static Triggers On => new() { PullRequest = new() { PathsIgnore = [|["docs/**"]|], Paths = ["src/**"] } };
            {{Build}}
            """), "Paths and PathsIgnore cannot both be set on the pull_request trigger");

    [Fact]
    public void Tags_with_tags_ignore_is_reported() =>
        Reports("SPX1031", Workflow($$"""
            public static Triggers On => new() { Push = new() { Tags = ["v*"], TagsIgnore = [|["v0.*"]|] } };
            {{Build}}
            """), "Tags and TagsIgnore");

    [Fact]
    public void One_filter_of_each_kind_with_negated_patterns_is_accepted() =>
        DoesNotReport("SPX1031", Workflow($$"""
            public static Triggers On => new() { Push = new() { Branches = ["main", "!release/old"], TagsIgnore = ["v0.*"], Paths = ["src/**"] } };
            {{Build}}
            """));

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("!", "nothing follows it")]
    [InlineData("release/[0-9", "opens a character class that no ']' closes")]
    [InlineData("v[]", "empty character class")]
    [InlineData("v[9-0]", "the range '9-0' runs backwards")]
    [InlineData("v[0-]", "has no end")]
    [InlineData("?hotfix", "there is none")]
    [InlineData("feature/*+", "must not be a special character")]
    [InlineData("my branch", "cannot contain a space")]
    [InlineData("feature:x", "cannot contain ':'")]
    [InlineData("release/", "never end with '/'")]
    [InlineData("/main", "never start with '/'")]
    public void Invalid_branch_pattern_is_reported_at_the_pattern(string pattern, string problem) =>
        Reports("SPX1032", Workflow($$"""
            public static Triggers On => new() { Push = new() { Branches = ["main", [|"{{pattern}}"|]] } };
            {{Build}}
            """), problem);

    [Fact]
    public void Path_patterns_may_contain_spaces_and_backslashes() =>
        DoesNotReport("SPX1032", Workflow($$"""
            public static Triggers On => new() { Push = new() { Paths = ["docs/my notes/**", "lib\\vendored/*.c", "src/**/*.cs", "!src/**/*.g.cs"] } };
            {{Build}}
            """));

    [Fact]
    public void Cheat_sheet_patterns_are_accepted() =>
        DoesNotReport("SPX1032", Workflow($$"""
            public static Triggers On => new()
            {
                Push = new() { Branches = ["main", "releases/**", "feature/*", "v[12].[0-9]+.[0-9]+", "mona/octo?cat", "!releases/**-alpha", "\\*weird"], Tags = ["v2*", "v1.*"] },
                PullRequest = new() { PathsIgnore = ["**.md", "*", "**/docs/**", "[Rr]eadme*"] },
            };
            {{Build}}
            """));

    [Fact]
    public void Invalid_path_pattern_on_pull_request_target_is_reported() =>
        Reports("SPX1032", Workflow($$"""
            public static Triggers On => new() { PullRequestTarget = new() { PathsIgnore = ["docs/**", [|"+generated"|]] } };
            {{Build}}
            """), "'+generated' is not a valid filter pattern: '+' repeats the preceding character, and there is none");
}
