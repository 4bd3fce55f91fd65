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
    private CSharpCompilation next = null!;
    private GeneratorDriver warmDriver = null!;
    private int round;

    [Params(1, 10, 50, 200)]
    public int Services { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        baseline = OrgCompilation.Create(Services);
        warmDriver = OrgCompilation.CreateDriver().RunGenerators(baseline);
    }

    /// <summary>
    /// A new compilation per edit, as an editor or a build makes: reusing one compilation object would reuse the
    /// semantic models it already bound and measure a case that never happens (67 ms instead of seconds at 200).
    /// </summary>
    [IterationSetup(Target = nameof(WarmEdit))]
    public void NextEdit() => next = OrgCompilation.EditPipeline(baseline, (Services + 1) / 2, ++round);

    /// <summary>A new compilation object each time, so no semantic model or symbol is reused from an earlier run.</summary>
    [Benchmark(Description = "cold: fresh driver, unbound compilation")]
    public GeneratorDriver ColdRun()
    {
        var fresh = baseline.Clone();
        return OrgCompilation.CreateDriver().RunGenerators(fresh);
    }

    /// <summary>Each invocation is a real one-line edit (the lint timeout alternates between two values).</summary>
    [Benchmark(Description = "warm: one-line edit of one pipeline")]
    public GeneratorDriver WarmEdit()
    {
        warmDriver = warmDriver.RunGenerators(next);
        return warmDriver;
    }
}
