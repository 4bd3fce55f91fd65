using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Platform;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Caching;

/// <summary>One evaluation cache per declaration kind (their results have different types).</summary>
internal static class EvaluationCaches
{
    public static EvaluationCache<WorkflowSource> Workflows { get; } = new("Workflow");

    /// <summary><c>[Environments]</c> and <c>[Service]</c> classes (the key tells them apart by attribute).</summary>
    public static EvaluationCache<DeploymentSource> Deployments { get; } = new("Deployment");

    public static EvaluationCache<PlatformSource> Platforms { get; } = new("Platform");
}
