using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using Spectra.Generators.Caching;
using Spectra.Generators.Common;
using Spectra.Generators.Deployments;
using Spectra.Generators.Deployments.Parsing;
using Spectra.Generators.Deployments.Rendering;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Emit;
using Spectra.Generators.Evaluation;
using Spectra.Generators.Platform;
using Spectra.Generators.Workflows;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;
using Spectra.Generators.Workflows.Pinning;
using Spectra.Generators.Workflows.Validation;

namespace Spectra.Generators;

/// <summary>
/// Declarations → values → models → validation → rendered files embedded as assembly attributes. Files and
/// diagnostics travel on separate pipelines: files must not re-render when only a location moved, and diagnostics
/// must move with the code.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SpectraGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // 1. Find [Workflow] classes and evaluate their members: the only step that touches Roslyn symbols. Roslyn runs
        //    this for every class on every compilation change; the reader reuses an evaluation whose inputs did not
        //    change (Caching/EvaluationCache.cs).
        var sources = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownNames.WorkflowAttribute, static (node, _) => node is ClassDeclarationSyntax, WorkflowDeclarationReader.Read)
            .WithTrackingName(TrackingNames.WorkflowSources);

        // 2. Keep only the values: an edit that moves code but changes no value stops here.
        var declarations = sources.Select(static (source, _) => source.Declaration).WithTrackingName(TrackingNames.Declarations);

        // 3. Parse each declaration into a workflow model.
        var models = declarations.Select(static (declaration, _) => PipelineGuard.Parse(declaration)).WithTrackingName(TrackingNames.Models);

        // 4. The pin lock file (an AdditionalFiles item): its SHAs replace action tags when rendering. Only this
        //    step reads it, so editing it re-validates and re-renders, and other edits leave it cached.
        var pinLock = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static input => IsPinLockFile(input.Left, input.Right))
            .Select(static (input, cancellationToken) => PipelineGuard.ParsePins(input.Left, cancellationToken)).WithTrackingName(TrackingNames.PinFiles)
            .Collect()
            .Select(static (files, _) => PinLock.Merge(files)).WithTrackingName(TrackingNames.PinLock);
        var pins = pinLock.Select(static (pinLock, _) => pinLock.Table).WithTrackingName(TrackingNames.Pins);

        // 5. Which class declares which workflow id: all a workflow needs to know of the others (to resolve typed
        //    reusable callees). It stays equal unless a workflow is added, removed or renamed.
        var directory = models.Select(static (parsed, _) => new WorkflowIdentity(parsed.Model.TypeName, parsed.Model.Id))
            .Collect()
            .Select(static (identities, _) => WorkflowDirectory.From(identities)).WithTrackingName(TrackingNames.WorkflowDirectory);

        // 6. Resolve typed references, validate and harden each workflow on its own (untrusted input out of scripts,
        //    actions pinned), so an edit re-checks only the workflow it touched.
        var checkedWorkflows = models.Combine(directory).Combine(pins)
            .Select(static (input, _) => PipelineGuard.Check(input.Left.Left, input.Left.Right, input.Right)).WithTrackingName(TrackingNames.CheckedWorkflows);

        // 7. Only what needs every workflow runs after Collect(), over small summaries: duplicate ids, reusable calls
        //    against their callee's contract. It also lists all workflow issues in a stable order.
        var workflowSet = checkedWorkflows.Collect().Select(static (all, _) => PipelineGuard.Analyze(all)).WithTrackingName(TrackingNames.WorkflowSet);

        // 8. Render each hardened workflow on its own, so one edited workflow re-renders alone. A new driver (each
        //    command-line build in the compiler server) reuses what an earlier one rendered and encoded for an equal
        //    model (Caching/), so only changed declarations are compressed again.
        var artifacts = checkedWorkflows
            .Where(static workflow => workflow.Hardened is not null)
            .Select(static (workflow, _) => workflow.Hardened!).WithTrackingName(TrackingNames.Workflows)
            .Select(static (workflow, _) => RenderCaches.Workflows.GetOrRender(workflow, static workflow => ArtifactGroup.Of(PipelineGuard.Render(workflow, GeneratorInfo.Version))))
            .WithTrackingName(TrackingNames.Artifacts);
        context.RegisterSourceOutput(artifacts, ArtifactEmitter.EmitWorkflow);

        // 9. Find [Environments] classes; all of them form one environment set that every service resolves against.
        var environmentSources = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownNames.EnvironmentsAttribute, static (node, _) => node is ClassDeclarationSyntax, DeploymentDeclarationReader.Read)
            .WithTrackingName(TrackingNames.EnvironmentSources);
        var environmentDeclarations = environmentSources.Select(static (source, _) => source.Declaration).Collect();
        var environmentSet = environmentDeclarations.Select(static (all, _) => DeploymentGuard.ParseEnvironments(all)).WithTrackingName(TrackingNames.EnvironmentSet);

        // 10. Find [Service] classes, merge each environment's override into a workload and validate it, per service.
        var serviceSources = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownNames.ServiceAttribute, static (node, _) => node is ClassDeclarationSyntax, DeploymentDeclarationReader.Read)
            .WithTrackingName(TrackingNames.ServiceSources);
        var serviceDeclarations = serviceSources.Select(static (source, _) => source.Declaration).WithTrackingName(TrackingNames.ServiceDeclarations);
        var services = serviceDeclarations.Combine(environmentSet)
            .Select(static (input, _) => DeploymentGuard.ParseService(input.Left, input.Right)).WithTrackingName(TrackingNames.Services);

        // 11. Render each service on its own (manifests, chart, Argo CD apps), so one edited service re-renders alone.
        //     Where they go is $(SpectraDeployDirectory), read once from MSBuild; a bad value is SPX3004.
        var layout = context.AnalyzerConfigOptionsProvider.Select(static (options, _) => DeploymentLayout.From(options.GlobalOptions)).WithTrackingName(TrackingNames.DeploymentLayout);
        context.RegisterSourceOutput(layout, static (spc, layout) => DeploymentGuard.ReportLayout(spc, layout));
        var serviceArtifacts = services.Combine(layout)
            .Select(static (input, _) => RenderCaches.Services.GetOrRender(input, static input => DeploymentGuard.RenderService(input.Service, GeneratorInfo.Version, input.Layout)))
            .WithTrackingName(TrackingNames.ServiceArtifacts);
        context.RegisterSourceOutput(serviceArtifacts, ArtifactEmitter.EmitDeployment);

        // 12. Checks across services and workflows (duplicate charts, deploy jobs vs environments and promotion), and the app-of-apps roots.
        //     Workflows join as deployment views (jobs, needs, environments), so a workflow edit elsewhere keeps this cached.
        var deploymentViews = models.Select(static (parsed, _) => DeploymentView.Of(parsed)).WithTrackingName(TrackingNames.DeploymentViews);
        var deploymentSet = services.CollectList().Combine(environmentSet).Combine(deploymentViews.CollectList())
            .Select(static (input, _) => DeploymentGuard.Analyze(input.Left.Left.Items.AsImmutableArray(), input.Left.Right, input.Right.Items.AsImmutableArray())).WithTrackingName(TrackingNames.DeploymentSet);
        var roots = deploymentSet.Combine(layout)
            .Select(static (input, _) => DeploymentGuard.RenderRoots(input.Left, GeneratorInfo.Version, input.Right)).WithTrackingName(TrackingNames.RootArtifacts);
        context.RegisterSourceOutput(roots, ArtifactEmitter.EmitDeployment);

        // 13. Org packages: evaluate [Platform] classes and embed their values (and this Spectra's version) as data.
        var platformSources = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownNames.PlatformAttribute, static (node, _) => node is ClassDeclarationSyntax, PlatformDeclarationReader.Read)
            .WithTrackingName(TrackingNames.PlatformSources);
        var platformDeclarations = platformSources.Select(static (source, _) => source.Declaration);
        context.RegisterSourceOutput(platformDeclarations, PlatformEmitter.EmitDeclaration);
        context.RegisterSourceOutput(CountOf(platformDeclarations), static (spc, count) => PlatformEmitter.EmitVersion(spc, count.Value));

        // 14. Mark the assembly as processed, so the SDK task can tell "no declarations" from "generator never ran".
        //     Only the number matters: each declaration counts as a 1 that an edit leaves unchanged.
        var declarationCount = CountOf(declarations).Combine(CountOf(environmentSources)).Combine(CountOf(serviceDeclarations)).Combine(CountOf(platformDeclarations))
            .Select(static (all, _) => all.Left.Left.Left + all.Left.Left.Right + all.Left.Right + all.Right).WithTrackingName(TrackingNames.DeclarationCount);
        context.RegisterSourceOutput(declarationCount, static (spc, count) => ArtifactEmitter.EmitMarker(spc, count.Value));

        // 15. Consumers: the policies of referenced org packages. Reading the references re-runs on every edit (it needs
        //     the compilation); its equatable output stops it there. Suppressions are indexed apart from the
        //     declarations, so each workflow and each service is checked on its own, again only when it, the policies,
        //     the suppressions or (for pinning) the lock file change.
        var orgModels = context.CompilationProvider.Select(static (compilation, _) => OrgModelReader.Read(compilation)).WithTrackingName(TrackingNames.OrgModels);
        var suppressions = declarations.Select(static (d, _) => PolicySuppressions.Of(d.TypeName, "Workflow '" + d.WorkflowId + "'", d.Members)).CollectList()
            .Combine(serviceDeclarations.Select(static (d, _) => PolicySuppressions.Of(d.TypeName, "Service '" + d.Name + "'", d.Members)).CollectList())
            .Select(static (all, _) => SuppressionIndex.From(all.Left.Items.Concat(all.Right.Items))).WithTrackingName(TrackingNames.PolicySuppressions);
        var policyContext = orgModels.Combine(suppressions).Select(static (input, _) => new PolicyContext(input.Left, input.Right)).WithTrackingName(TrackingNames.PolicyContext);
        var workflowPolicyIssues = models.Combine(policyContext.Combine(pins))
            .Select(static (input, _) => new PipelineList<Issue>(PolicyChecker.CheckWorkflow(input.Left, input.Right.Left, input.Right.Right))).WithTrackingName(TrackingNames.WorkflowPolicyIssues);
        var servicePolicyIssues = services.Combine(policyContext)
            .Select(static (input, _) => new PipelineList<Issue>(PolicyChecker.CheckService(input.Left, input.Right))).WithTrackingName(TrackingNames.ServicePolicyIssues);
        var policyIssues = workflowPolicyIssues.CollectList().Combine(servicePolicyIssues.CollectList()).Combine(policyContext.Select(static (policies, _) => new PipelineList<Issue>(PolicyChecker.CheckSuppressions(policies))))
            .Select(static (all, _) => new PipelineList<Issue>(all.Left.Left.Items.SelectMany(static issues => issues.Items).Concat(all.Left.Right.Items.SelectMany(static issues => issues.Items)).Concat(all.Right.Items).ToEquatableArray()))
            .WithTrackingName(TrackingNames.PolicyIssues);
        var orgProblems = orgModels.Select(static (org, _) => new SourceDiagnostics(new LocationTable(EquatableArray<LocatedPath>.Empty), org.Problems));

        // Diagnostics: evaluation errors carry locations; model issues carry paths resolved against the location tables.
        var sourceDiagnostics = sources.Select(static (source, _) => new SourceDiagnostics(source.Locations, source.Diagnostics))
            .WithTrackingName(TrackingNames.SourceDiagnostics)
            .CollectList()
            .Combine(environmentSources.Select(static (source, _) => new SourceDiagnostics(source.Locations, source.Diagnostics)).CollectList())
            .Combine(serviceSources.Select(static (source, _) => new SourceDiagnostics(source.Locations, source.Diagnostics)).CollectList())
            .Combine(platformSources.Select(static (source, _) => new SourceDiagnostics(source.Locations, source.Diagnostics)).CollectList())
            .Select(static (all, _) => new PipelineList<SourceDiagnostics>(all.Left.Left.Left.Items.Concat(all.Left.Left.Right.Items).Concat(all.Left.Right.Items).Concat(all.Right.Items).ToEquatableArray()));
        var issues = workflowSet.Select(static (set, _) => new PipelineList<Issue>(set.Issues)).WithTrackingName(TrackingNames.Issues)
            .Combine(deploymentSet.Select(static (set, _) => new PipelineList<Issue>(set.Issues)).WithTrackingName(TrackingNames.DeploymentIssues))
            .Combine(policyIssues)
            .Select(static (all, _) => new PipelineList<Issue>(all.Left.Left.Items.Concat(all.Left.Right.Items).Concat(all.Right.Items).ToEquatableArray()));
        var pinProblems = pinLock.Select(static (pinLock, _) => new SourceDiagnostics(new LocationTable(EquatableArray<LocatedPath>.Empty), pinLock.Problems));

        // Reporting maps each location back to its syntax tree: only tree locations honour .editorconfig severities
        // and show as squiggles in the IDE. Value paths are resolved first, in a step that stays cached unless a
        // location table or an issue changed; the compilation changes on every edit, so the last step always
        // re-runs, and it only turns located data into diagnostics.
        var located = sourceDiagnostics.Combine(issues)
            .Select(static (input, _) => new PipelineList<DiagnosticInfo>(DiagnosticsReporter.Locate(input.Left.Items.AsImmutableArray(), input.Right.Items))).WithTrackingName(TrackingNames.LocatedDiagnostics);
        var otherProblems = pinProblems.Combine(orgProblems)
            .Select(static (input, _) => new PipelineList<DiagnosticInfo>(DiagnosticsReporter.Locate([input.Left, input.Right], EquatableArray<Issue>.Empty)));
        var syntaxTrees = context.CompilationProvider.Select(static (compilation, _) => new SyntaxTreeLookup(compilation));
        context.RegisterSourceOutput(located.Combine(syntaxTrees), static (spc, input) => DiagnosticsReporter.Report(spc, input.Left.Items, input.Right));
        context.RegisterSourceOutput(otherProblems.Combine(syntaxTrees), static (spc, input) => DiagnosticsReporter.Report(spc, input.Left.Items, input.Right));
    }

    private static IncrementalValueProvider<PipelineCount> CountOf<T>(IncrementalValuesProvider<T> items) =>
        items.Select(static (_, _) => PipelineCount.One).Collect().Select(static (ones, _) => PipelineCount.Of(ones));

    /// <summary>Recognised by name, or by <c>SpectraPins="true"</c> metadata when a repository names it differently.</summary>
    private static bool IsPinLockFile(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        PinFile.HasLockFileName(file.Path)
        || (options.GetOptions(file).TryGetValue(PinFile.MetadataKey, out var marked) && string.Equals(marked, "true", System.StringComparison.OrdinalIgnoreCase));
}
