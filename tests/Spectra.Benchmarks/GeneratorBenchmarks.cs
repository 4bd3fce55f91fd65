using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Spectra.Benchmarks;

/// <summary>
/// The whole generator (evaluate + parse + validate + render + diagnostics) on the synthetic org. "Cold" is a fresh
/// driver on a compilation whose semantic models are not yet bound: what the first compile of a fresh csc process
/// pays after JIT. "Warm edit" is the IDE/compiler-server case: the driver has run once; one service's lint timeout
/// changes and the generator updates.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation baseline = null!;
    private CSharpCompilation[] edited = null!;
    private GeneratorDriver warmDriver = null!;
    private int round;

    [Params(1, 10, 50, 200)]
    public int Services { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        baseline = OrgCompilation.Create(Services);
        var service = (Services + 1) / 2;
        edited = [OrgCompilation.EditPipeline(baseline, service, 0), OrgCompilation.EditPipeline(baseline, service, 1)];
        warmDriver = OrgCompilation.CreateDriver().RunGenerators(baseline);
        warmDriver = warmDriver.RunGenerators(edited[1]);
    }

    /// <summary>A new compilation object each time, so no semantic model or symbol is reused from an earlier run.</summary>
    [Benchmark(Description = "cold: fresh driver, unbound compilation")]
    public GeneratorDriver ColdRun()
    {
        var fresh = baseline.Clone();
        return OrgCompilation.CreateDriver().RunGenerators(fresh);
    }

    /// <summary>Alternates between two edited compilations, so every invocation is a real one-line edit.</summary>
    [Benchmark(Description = "warm: one-line edit of one pipeline")]
    public GeneratorDriver WarmEdit()
    {
        round++;
        warmDriver = warmDriver.RunGenerators(edited[round % 2]);
        return warmDriver;
    }
}
