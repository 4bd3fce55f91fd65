using System.Collections.Generic;
using System.Threading.Tasks;

namespace Spectra.Conformance.Tests.Infrastructure;

/// <summary>What the rule-evidence tests share: the tools' names as findings carry them, and the fixture runner.</summary>
public static class RuleEvidence
{
    public const string Parser = "workflow-parser";
    public const string Actionlint = "actionlint";

    /// <summary>Both validators' findings for one fixture under Fixtures/Workflows.</summary>
    public static Task<IReadOnlyList<Finding>> ValidateFixture(string name) =>
        ConformanceValidators.ValidateWorkflowsAsync([RepositoryLayout.Fixture($"Workflows/{name}")]);
}
