using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Rendering;

/// <summary>Declarations in, YAML out, compared with the approved snapshot files.</summary>
public sealed class WorkflowSnapshotTests
{
    [Fact]
    public void Readme_example_renders_ci_workflow()
    {
        var outcome = GeneratorHarness.Run(Sources.ReadmeExample);

        outcome.AssertClean();
        Snapshot.Verify(outcome.Yaml(".github/workflows/ci.yml"));
    }

    [Fact]
    public void Every_workflow_feature_renders()
    {
        var outcome = GeneratorHarness.Run(Sources.KitchenSink, Sources.Environments);

        outcome.AssertClean();
        Snapshot.Verify(outcome.Yaml(".github/workflows/kitchen-sink.yml"));
    }

    [Fact]
    public void Reusable_workflow_renders_call_contract()
    {
        var outcome = GeneratorHarness.Run(Sources.ReusableWorkflow);

        outcome.AssertClean();
        Snapshot.Verify(outcome.Yaml(".github/workflows/build.yml"));
    }

    [Fact]
    public void Strings_that_would_not_read_back_as_strings_are_quoted()
    {
        var outcome = GeneratorHarness.Run(Sources.TrickyScalars);

        outcome.AssertClean();
        Snapshot.Verify(outcome.Yaml(".github/workflows/tricky.yml"));
    }
}
