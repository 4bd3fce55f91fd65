using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Spectra.Generators.Deployments.Rendering;
using Spectra.Generators;
using Spectra.Generators.Deployments;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Emit;
using Spectra.Generators.Workflows;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;
using Spectra.Generators.Workflows.Pinning;
using Spectra.Generators.Workflows.Validation;

namespace Spectra.Benchmarks;

/// <summary>
/// The generator's phases after evaluation, each on all of the org at once (what a full run pays; an incremental
/// run pays one workflow's or one service's share). Evaluation itself needs Roslyn's attribute-discovery context,
/// which only a driver can build: its cost is the cold run minus these phases, and `phases` prints the driver's
/// own per-step times.
/// </summary>
[MemoryDiagnoser]
public class PhaseBenchmarks
{
    private ImmutableArray<WorkflowDeclaration> declarations;
    private ImmutableArray<ParsedWorkflow> parsed;
    private ImmutableArray<WorkflowModel> workflows;
    private ImmutableArray<DeploymentDeclaration> serviceDeclarations;
    private ImmutableArray<ParsedService> services;
    private EnvironmentSetModel environments = null!;

    [Params(1, 10, 50, 200)]
    public int Services { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var driver = OrgCompilation.CreateDriver(trackSteps: true).RunGenerators(OrgCompilation.Create(Services));
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        declarations = Outputs<WorkflowDeclaration>(steps, TrackingNames.Declarations);
        parsed = Outputs<ParsedWorkflow>(steps, TrackingNames.Models);
        workflows = Outputs<WorkflowModel>(steps, TrackingNames.Workflows);
        serviceDeclarations = Outputs<DeploymentDeclaration>(steps, TrackingNames.ServiceDeclarations);
        services = Outputs<ParsedService>(steps, TrackingNames.Services);
        environments = Outputs<EnvironmentSetModel>(steps, TrackingNames.EnvironmentSet).Single();
    }

    [Benchmark(Description = "parse: values -> models (workflows + services)")]
    public int Parse()
    {
        var count = 0;
        foreach (var declaration in declarations)
        {
            count += PipelineGuard.Parse(declaration).Issues.Count;
        }

        foreach (var declaration in serviceDeclarations)
        {
            count += DeploymentGuard.ParseService(declaration, environments).GetHashCode() & 1;
        }

        return count;
    }

    [Benchmark(Description = "validate: each workflow + workflow set + deployment set")]
    public int Validate()
    {
        var directory = WorkflowDirectory.From([.. parsed.Select(p => new WorkflowIdentity(p.Model.TypeName, p.Model.Id))]);
        ImmutableArray<CheckedWorkflow> checkedWorkflows = [.. parsed.Select(p => PipelineGuard.Check(p, directory, PinTable.Empty))];
        return PipelineGuard.Analyze(checkedWorkflows).Issues.Count + DeploymentGuard.Analyze(services, environments, parsed).Issues.Count;
    }

    [Benchmark(Description = "render: every workflow and service")]
    public int Render()
    {
        var length = 0;
        foreach (var workflow in workflows)
        {
            length += PipelineGuard.Render(workflow, GeneratorInfo.Version).Content.Length;
        }

        foreach (var service in services)
        {
            length += DeploymentGuard.RenderService(service, GeneratorInfo.Version, DeploymentLayout.Default).Artifacts.Count;
        }

        return length;
    }

    private static ImmutableArray<T> Outputs<T>(ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> steps, string name) =>
        [.. steps[name].SelectMany(s => s.Outputs).Select(o => (T)o.Value)];
}
