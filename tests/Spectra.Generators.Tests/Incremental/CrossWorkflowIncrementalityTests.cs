using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Spectra.Generators.Tests.Infrastructure;
using Spectra.Generators.Workflows;

namespace Spectra.Generators.Tests.Incremental;

/// <summary>
/// Workflows are validated one by one and only the checks across workflows run over the whole set (on summaries).
/// These edits prove the cross-workflow diagnostics still follow the code: they appear after the edit that causes
/// them, even in a workflow that was not re-checked, and disappear when the edit is undone.
/// </summary>
public sealed class CrossWorkflowIncrementalityTests
{
    private const string Build = """
        using Spectra;

        namespace Contoso;

        [Workflow("build")]
        public static class BuildWorkflow
        {
            public static Triggers On => new() { WorkflowCall = new() { Inputs = new() { ["configuration"] = new() { Type = InputType.String, Required = true } } } };
            public static Permissions Permissions => new() { Contents = Access.Read };
            public static Job Compile => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("dotnet build -c ${{ inputs.configuration }}")] };
        }
        """;

    private const string Release = """
        using Spectra;

        namespace Contoso;

        [Workflow("release")]
        public static class ReleaseWorkflow
        {
            public static Triggers On => new() { Push = new() };
            public static Permissions Permissions => new() { Contents = Access.Read };
            public static ReusableWorkflowJob CallBuild => new() { Workflow = typeof(BuildWorkflow), With = new() { ["configuration"] = "Release" } };
            public static Job Test => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("dotnet test")] };
        }
        """;

    private const string Lint = """
        using Spectra;

        namespace Contoso;

        [Workflow("lint")]
        public static class LintWorkflow
        {
            public static Triggers On => new() { Push = new() };
            public static Permissions Permissions => new() { Contents = Access.Read };
            public static Job Format => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run("dotnet format --verify-no-changes")] };
        }
        """;

    [Fact]
    public void A_duplicate_workflow_id_is_reported_after_the_edit_and_gone_after_undoing_it()
    {
        var session = EditSession.Start(Build, Release, Lint);

        var duplicate = session.Edit("[Workflow(\"lint\")]", "[Workflow(\"RELEASE\")]");
        var diagnostic = Assert.Single(duplicate.Diagnostics, d => d.Id == "SPX1009");
        Assert.Contains("'RELEASE' is used by more than one workflow", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("\"RELEASE\"", SourceText(diagnostic));

        var undone = session.Edit("[Workflow(\"RELEASE\")]", "[Workflow(\"lint\")]");
        undone.AssertClean();
    }

    [Fact]
    public void Changing_a_callees_contract_reports_at_the_caller_without_re_checking_it()
    {
        var session = EditSession.Start(Build, Release, Lint);

        var broken = session.Edit("[\"configuration\"] = new() { Type", "[\"config\"] = new() { Type", "inputs.configuration", "inputs.config");
        var messages = broken.Diagnostics.Where(d => d.Id == "SPX1037").ToDictionary(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), SourceText);
        Assert.Equal(2, messages.Count);
        Assert.Equal("\"configuration\"", messages["Job 'call-build' calls workflow 'build': it declares no input 'configuration' (inputs: config)"]);
        Assert.Contains("required input 'config' is not passed in With", Assert.Single(messages.Keys, m => m.Contains("required", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(IncrementalStepRunReason.Modified, CheckReason(broken, "build"));
        Assert.Equal(IncrementalStepRunReason.Cached, CheckReason(broken, "release")); // the set-wide check found it

        var fixedAgain = session.Edit("[\"config\"] = new() { Type", "[\"configuration\"] = new() { Type", "inputs.config", "inputs.configuration");
        fixedAgain.AssertClean();
    }

    [Fact]
    public void Needing_a_job_of_another_workflow_is_reported_after_the_edit_and_gone_after_undoing_it()
    {
        var session = EditSession.Start(Build, Release, Lint);

        var outside = session.Edit("public static Job Test => new() { RunsOn", "public static Job Test => new() { Needs = [LintWorkflow.Format], RunsOn");
        var diagnostic = Assert.Single(outside.Diagnostics, d => d.Id == "SPX1003");
        Assert.Contains("Job 'test' needs 'Contoso.LintWorkflow.Format', which is not a job of workflow 'release'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("LintWorkflow.Format", SourceText(diagnostic));
        Assert.Equal(IncrementalStepRunReason.Cached, CheckReason(outside, "lint"));

        var undone = session.Edit("Needs = [LintWorkflow.Format], ", "");
        undone.AssertClean();
    }

    [Fact]
    public void Renaming_a_callee_re_checks_and_re_renders_its_typed_callers()
    {
        var session = EditSession.Start(Build, Release, Lint);

        var renamed = session.Edit("[Workflow(\"build\")]", "[Workflow(\"compile\")]");
        renamed.AssertClean();
        Assert.Contains("uses: ./.github/workflows/compile.yml", renamed.Yaml(".github/workflows/release.yml"), StringComparison.Ordinal);
        Assert.Equal(IncrementalStepRunReason.Modified, CheckReason(renamed, "release"));
        Assert.Equal(IncrementalStepRunReason.Unchanged, CheckReason(renamed, "lint")); // re-checked (the directory changed), same result
    }

    /// <summary>How the per-workflow check of the workflow with this id ran.</summary>
    private static IncrementalStepRunReason CheckReason(GeneratorOutcome outcome, string workflowId) =>
        outcome.Result.TrackedSteps[TrackingNames.CheckedWorkflows]
            .SelectMany(step => step.Outputs)
            .Single(output => ((CheckedWorkflow)output.Value).Summary.Id == workflowId)
            .Reason;

    private static string SourceText(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

    /// <summary>One driver across edits, as in the IDE: each edit replaces the text of the tree that contains it.</summary>
    private sealed class EditSession
    {
        private GeneratorDriver _driver;
        private Compilation _compilation;

        private EditSession(GeneratorDriver driver, Compilation compilation) => (_driver, _compilation) = (driver, compilation);

        public static EditSession Start(params string[] sources)
        {
            var compilation = GeneratorHarness.Compile(sources);
            var session = new EditSession(GeneratorHarness.CreateDriver(), compilation);
            session.Run().AssertClean();
            return session;
        }

        /// <summary>Replaces each (old, new) pair of <paramref name="replacements"/> in the one tree holding the first.</summary>
        public GeneratorOutcome Edit(params string[] replacements)
        {
            var tree = _compilation.SyntaxTrees.Single(t => t.ToString().Contains(replacements[0], StringComparison.Ordinal));
            var text = tree.ToString();
            for (var i = 0; i < replacements.Length; i += 2)
            {
                text = text.Replace(replacements[i], replacements[i + 1], StringComparison.Ordinal);
            }

            _compilation = _compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path: tree.FilePath));
            return Run();
        }

        private GeneratorOutcome Run()
        {
            _driver = _driver.RunGeneratorsAndUpdateCompilation(_compilation, out var output, out var diagnostics);
            return new GeneratorOutcome(_driver, _compilation, output, diagnostics);
        }
    }
}
