using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Deployments.Rendering;
using Spectra.Generators.Emit;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Caching;

/// <summary>
/// The render caches of the two renderers that dominate a build with a warm compiler server. Capacities hold a
/// few thousand workflows and services (an org of a few hundred services, several builds' worth of variants).
/// </summary>
internal static class RenderCaches
{
    public static RenderCache<WorkflowModel, RenderedArtifact> Workflows { get; } = new(4096);

    public static RenderCache<(ParsedService Service, DeploymentLayout Layout), ArtifactGroup> Services { get; } = new(4096);
}
