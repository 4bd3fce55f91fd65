using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Deployments.Parsing;
using Spectra.Generators.Deployments.Rendering;
using Spectra.Generators.Deployments.Validation;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Emit;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;

namespace Spectra.Generators.Deployments;

/// <summary>
/// Every deployment pipeline step runs through here, so an exception becomes an SPX0001 diagnostic naming the
/// declaration instead of warning CS8785 and no output at all.
/// </summary>
internal static class DeploymentGuard
{
    public static EnvironmentSetModel ParseEnvironments(ImmutableArray<DeploymentDeclaration> declarations)
    {
        try
        {
            return EnvironmentSetParser.Parse(declarations);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var where = declarations.IsEmpty ? "" : declarations[0].TypeName;
            return EnvironmentSetModel.Empty with { Issues = new[] { Failure(where, exception) }.ToEquatableArray() };
        }
    }

    public static ParsedService ParseService(DeploymentDeclaration declaration, EnvironmentSetModel environments)
    {
        try
        {
            var (service, issues) = ServiceParser.Parse(declaration, environments);
            return new ParsedService(service, environments, ServiceValidator.Validate(service, environments, issues));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var empty = new ServiceModel(declaration.TypeName, declaration.Name, DeploymentPaths.Name(declaration.TypeName), null, EquatableArray<ServiceInstance>.Empty);
            return new ParsedService(empty, environments, new[] { Failure(declaration.TypeName, exception) }.ToEquatableArray());
        }
    }

    public static DeploymentSetAnalysis Analyze(ImmutableArray<ParsedService> services, EnvironmentSetModel environments, ImmutableArray<ParsedWorkflow> workflows)
    {
        try
        {
            return DeploymentSetAnalysis.Analyze(services, environments, workflows);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new DeploymentSetAnalysis(EquatableArray<ServiceModel>.Empty, environments, new[] { Failure(environments.DeclaringType, exception) }.ToEquatableArray());
        }
    }

    /// <summary>A service's files: manifests per environment, its chart, and its Argo CD applications.</summary>
    public static ArtifactGroup RenderService(ParsedService parsed, string generatorVersion, DeploymentLayout layout)
    {
        var service = parsed.Service;
        try
        {
            if (service.Base is null || service.Instances.IsEmpty)
            {
                return ArtifactGroup.Of(service.TypeName, EquatableArray<RenderedArtifact>.Empty);
            }

            var files = new List<RenderedArtifact>();
            foreach (var instance in service.Instances)
            {
                files.Add(new RenderedArtifact(layout.Manifests(service.Name, instance.Environment.Id), ManifestRenderer.Render(service, instance, generatorVersion), service.TypeName, null));
            }

            files.AddRange(ChartRenderer.Render(service, generatorVersion, layout).Select(f => new RenderedArtifact(f.Path, f.Content, service.TypeName, null)));
            if (parsed.Environments.GitOps is { } gitOps)
            {
                files.AddRange(service.Instances.Select(i => new RenderedArtifact(
                    layout.Application(i.Environment.Id, service.Name), ArgoRenderer.Application(service, i.Environment, gitOps, generatorVersion, layout), service.TypeName, null)));
            }

            return ArtifactGroup.Of(service.TypeName, files.ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return ArtifactGroup.Failed(service.TypeName, exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>The app-of-apps root of every environment some service deploys to.</summary>
    public static ArtifactGroup RenderRoots(DeploymentSetAnalysis set, string generatorVersion, DeploymentLayout layout)
    {
        var environments = set.Environments;
        try
        {
            if (environments.GitOps is not { } gitOps)
            {
                return ArtifactGroup.Of(environments.DeclaringType, EquatableArray<RenderedArtifact>.Empty);
            }

            var files = environments.Environments
                .Where(e => set.Services.Any(s => s.Instances.Any(i => i.Environment == e)))
                .Select(e => new RenderedArtifact(layout.AppOfApps(e.Id), ArgoRenderer.Root(e, gitOps, environments.DeclaringType, generatorVersion, layout), environments.DeclaringType, null));
            return ArtifactGroup.Of(environments.DeclaringType, files.ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return ArtifactGroup.Failed(environments.DeclaringType, exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>An unusable $(SpectraDeployDirectory) is a build error; the files still go to the default folder.</summary>
    public static void ReportLayout(Microsoft.CodeAnalysis.SourceProductionContext context, DeploymentLayout layout)
    {
        if (layout.Problem is not null)
        {
            context.ReportDiagnostic(Microsoft.CodeAnalysis.Diagnostic.Create(DiagnosticDescriptors.InvalidDeployDirectory, Microsoft.CodeAnalysis.Location.None, layout.Requested, layout.Problem));
        }
    }

    private static Issue Failure(string typeName, Exception exception) =>
        Issue.Create(DiagnosticDescriptors.InternalError, typeName, typeName, exception.GetType().Name + ": " + exception.Message);
}
