using System.Collections.Concurrent;
using Spectra.Generators.FuzzTests.Generation;

namespace Spectra.Generators.FuzzTests.Infrastructure;

/// <summary>A rendered workflow of a case that compiled with no diagnostics: it goes to GitHub's validators.</summary>
internal sealed record CleanOutput(FuzzCase Case, string Path, string Yaml);

/// <summary>The properties every case must satisfy; a violation throws, and CsCheck shrinks and prints the case.</summary>
internal sealed class CaseChecks(bool matrixLimitImplemented)
{
    public const string MatrixLimitId = "SPX1044";

    public ConcurrentQueue<CleanOutput> CleanOutputs { get; } = new();

    public ConcurrentDictionary<string, int> Counts { get; } = new();

    public void Check(FuzzCase fuzzCase)
    {
        var outcome = FuzzCompiler.Run(fuzzCase.Source);
        NeverCrashes(outcome);
        var hugeMatrix = fuzzCase.MatrixCombinations > 256;
        switch (fuzzCase.Kind)
        {
            case CaseKind.Valid when hugeMatrix && matrixLimitImplemented:
                Expect(outcome, MatrixLimitId, "a matrix of " + fuzzCase.MatrixCombinations + " combinations");
                break;
            case CaseKind.Valid when !hugeMatrix:
                Assert.True(outcome.IsClean, $"A valid declaration was rejected:\n{outcome}");
                Assert.True(outcome.Artifacts.Any(a => a.Path == $".github/workflows/{fuzzCase.WorkflowId}.yml"), "A valid declaration rendered no workflow.");
                break;
            case CaseKind.Defect:
                Expect(outcome, fuzzCase.ExpectedId!, fuzzCase.Label);
                break;
        }

        Count(fuzzCase.Kind + (outcome.IsClean ? " clean" : " with diagnostics"));
        Count(fuzzCase.Kind == CaseKind.Defect ? "defect: " + fuzzCase.Label : fuzzCase.Kind == CaseKind.Mutated ? "mutation: " + fuzzCase.Label.Split(", ")[0] : "valid");
        if (hugeMatrix)
        {
            Count("huge matrix");
        }

        if (outcome.IsClean)
        {
            foreach (var artifact in outcome.Artifacts)
            {
                CleanOutputs.Enqueue(new CleanOutput(fuzzCase, artifact.Path, artifact.Content));
            }
        }
    }

    /// <summary>No exception escaped (CS8785), none was caught as an internal error (SPX0001), generated code compiles.</summary>
    private static void NeverCrashes(FuzzOutcome outcome)
    {
        Assert.True(outcome.Exception is null, $"The generator threw: {outcome.Exception}");
        Assert.True(!outcome.Has("CS8785") && !outcome.Has("SPX0001"), $"The generator failed internally:\n{outcome}");
        Assert.True(outcome.GeneratedCodeErrors.Count == 0, $"The generated code does not compile:\n{string.Join("\n", outcome.GeneratedCodeErrors)}");
    }

    private static void Expect(FuzzOutcome outcome, string id, string what)
    {
        Assert.True(outcome.Diagnostics.Any(d => d.Id.StartsWith("SPX", StringComparison.Ordinal)), $"No SPX diagnostic for {what}:\n{outcome}");
        Assert.True(outcome.Has(id), $"Expected {id} for {what}, got:\n{outcome}");
    }

    private void Count(string key) => Counts.AddOrUpdate(key, 1, (_, n) => n + 1);
}
