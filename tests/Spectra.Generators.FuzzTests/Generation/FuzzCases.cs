using CsCheck;

namespace Spectra.Generators.FuzzTests.Generation;

/// <summary>What kind of source a case is, which decides what the generator must do with it.</summary>
internal enum CaseKind
{
    /// <summary>Valid by construction: no diagnostics at all, and YAML that GitHub's validators accept.</summary>
    Valid,

    /// <summary>A valid declaration with one injected defect: the defect's diagnostic must be reported.</summary>
    Defect,

    /// <summary>Edited text, usually broken C#: C# errors or SPX diagnostics, or else valid output.</summary>
    Mutated,
}

/// <summary>One generated declaration source and what is expected of it.</summary>
/// <param name="Kind">Valid, defect or mutated.</param>
/// <param name="Label">"valid", the defect's name, or the mutations applied.</param>
/// <param name="Source">The C# source.</param>
/// <param name="WorkflowId">The workflow's id (so the expected file is <c>.github/workflows/ID.yml</c>).</param>
/// <param name="ExpectedId">The diagnostic a defect must produce.</param>
/// <param name="MatrixCombinations">The largest matrix of the case, to expect SPX1044 once that rule exists.</param>
internal sealed record FuzzCase(CaseKind Kind, string Label, string Source, string WorkflowId, string? ExpectedId, int MatrixCombinations)
{
    public override string ToString() => $"{Kind} ({Label}), {Source.Length} chars:\n{Source}";
}

/// <summary>The CsCheck generator of every case: about half valid, the rest defects and mutations.</summary>
internal static class FuzzCases
{
    public static readonly Gen<FuzzCase> All = new ChooserGen<FuzzCase>(Create, c => c.Source.Length);

    private static FuzzCase Create(Chooser choose)
    {
        var workflow = WorkflowGenerator.Create(choose);
        var roll = choose.Int(0, 99);
        if (roll < 45)
        {
            return Case(CaseKind.Valid, "valid", workflow, null);
        }

        if (roll < 75)
        {
            var defect = choose.Pick(Defects.All);
            defect.Inject(choose, workflow);
            return Case(CaseKind.Defect, defect.Name, workflow, defect.ExpectedId);
        }

        if (choose.Chance(0.3))
        {
            choose.Pick(Defects.All).Inject(choose, workflow);
        }

        var source = SourceWriter.Write(workflow);
        var applied = new List<string>();
        for (var i = choose.Count(1, 3); i > 0 && source.Length > 0; i--)
        {
            var (name, apply) = choose.Pick(Mutations.All);
            source = apply(choose, source);
            applied.Add(name);
        }

        return new FuzzCase(CaseKind.Mutated, string.Join(", ", applied), source, workflow.WorkflowId, null, LargestMatrix(workflow));
    }

    private static FuzzCase Case(CaseKind kind, string label, WorkflowSpec workflow, string? expectedId) =>
        new(kind, label, SourceWriter.Write(workflow), workflow.WorkflowId, expectedId, LargestMatrix(workflow));

    private static int LargestMatrix(WorkflowSpec workflow) =>
        workflow.Jobs.Select(j => (j.Base ?? j).Matrix?.Combinations ?? 1).DefaultIfEmpty(1).Max();
}
