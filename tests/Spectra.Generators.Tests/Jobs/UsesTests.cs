using static Spectra.Generators.Tests.Infrastructure.DiagnosticAssert;
using static Spectra.Generators.Tests.Infrastructure.RuleAssert;

namespace Spectra.Generators.Tests.Jobs;

/// <summary>SPX1047: the shape of action and reusable-workflow references.</summary>
public sealed class UsesTests
{
    [Theory]
    [InlineData("actions/checkout", "'actions/checkout' is not a valid reference: it has no '@ref'")]
    [InlineData("actions/checkout@", "the ref after '@' is empty")]
    [InlineData("checkout@v4", "an action is 'owner/repo@ref'")]
    [InlineData("actions//checkout@v4", "an empty part between '/'")]
    [InlineData("actions/checkout @v4", "whitespace")]
    [InlineData("docker://", "must be followed by an image")]
    [InlineData("./", "must be followed by the directory")]
    [InlineData("${{ matrix.action }}", "does not evaluate expressions")]
    public void Malformed_action_is_reported_at_uses(string uses, string problem) =>
        Reports("SPX1047", Workflow($$"""
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Action([|"{{uses}}"|])] };
            """), problem);

    [Fact]
    public void Valid_action_forms_are_accepted() =>
        DoesNotReport("SPX1047", Workflow("""
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Steps =
                [
                    Step.Action("actions/checkout@v4"),
                    Step.Action("actions/aws/ec2@main"),
                    Step.Action("actions/checkout@8e5e7e5ab8b370d6c329ec480221332ada57f0ab"),
                    Step.Action("./.github/actions/build"),
                    Step.Action("docker://alpine:3.20"),
                    Step.Action("docker://ghcr.io/owner/image@sha256:0123456789abcdef"),
                    Actions.Checkout(),
                ],
            };
            """));

    [Theory]
    [InlineData("contoso/platform/.github/workflows/publish.yml", "it has no '@ref'")]
    [InlineData("contoso/platform@v2", "a reusable workflow is 'owner/repo/.github/workflows/file.yml@ref'")]
    [InlineData("contoso/platform/.github/workflows/ci/publish.yml@v2", "is not a file directly in .github/workflows")]
    [InlineData("contoso/platform/workflows/publish.yml@v2", "is not a file directly in .github/workflows")]
    [InlineData("./.github/workflows/publish.yml@v2", "takes no '@ref'")]
    [InlineData("./.github/workflows/publish.json", "is not a .yml or .yaml file")]
    public void Malformed_reusable_workflow_is_reported_at_uses(string uses, string problem) =>
        Reports("SPX1047", Workflow($$"""
            public static ReusableWorkflowJob Publish => new() { Uses = [|"{{uses}}"|] };
            """), problem);

    [Fact]
    public void Valid_reusable_workflow_forms_are_accepted() =>
        DoesNotReport("SPX1047", Workflow("""
            public static ReusableWorkflowJob Publish => new() { Uses = "contoso/platform/.github/workflows/publish.yml@v2" };
            public static ReusableWorkflowJob Local => new() { Uses = "./.github/workflows/release.yaml" };
            """));
}
