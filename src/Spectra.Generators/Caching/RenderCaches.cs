using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Deployments.Rendering;
using Spectra.Generators.Emit;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Caching;

/// <summary>
/// The render caches of the two renderers that dominate a build with a warm compiler server. Capacities hold an org
/// of several hundred services plus the variants its edits produce, and bound memory: a rendered workflow is a few
/// kilobytes, a service's 26 files some 50-80 KB plus their compressed payload (about a sixth of that), so the service
/// cache stays under roughly 100 MB (estimated from the rendered sizes, not measured).
/// </summary>
internal static class RenderCaches
{
    public static RenderCache<WorkflowModel, ArtifactGroup> Workflows { get; } = new(2048);

    public static RenderCache<(ParsedService Service, DeploymentLayout Layout), ArtifactGroup> Services { get; } = new(1024);
}
