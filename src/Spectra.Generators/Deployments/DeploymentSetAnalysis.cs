using System.Collections.Immutable;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Deployments.Validation;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;

namespace Spectra.Generators.Deployments;

/// <summary>
/// Every service and environment of the compilation with every problem found, including the checks that need all of
/// them at once: duplicate charts, and workflow deploy jobs against the environments and the promotion order.
/// </summary>
internal sealed record DeploymentSetAnalysis(EquatableArray<ServiceModel> Services, EnvironmentSetModel Environments, EquatableArray<Issue> Issues)
{
    public static DeploymentSetAnalysis Analyze(ImmutableArray<ParsedService> services, EnvironmentSetModel environments, ImmutableArray<ParsedWorkflow> workflows)
    {
        var models = services.Select(s => s.Service).ToEquatableArray();
        var issues = environments.Issues
            .Concat(services.SelectMany(s => s.Issues))
            .Concat(DeploymentSetRules.Check(models, environments, workflows.Select(w => w.Model)));
        return new DeploymentSetAnalysis(models, environments, issues.Distinct().ToEquatableArray());
    }
}
