using System.Collections.Generic;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation.Security;

/// <summary>The SPX4xxx rules that need only the workflow itself (pinning also needs the lock file: <see cref="PinningRules"/>).</summary>
internal static class SecurityRules
{
    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        UntrustedInputRules.Check(workflow, issues);
        CredentialRules.Check(workflow, issues);
        PermissionRules.Check(workflow, issues);
        WorkflowCommandRules.Check(workflow, issues);
        ActionRuntimeRules.Check(workflow, issues);
        PullRequestTargetRules.Check(workflow, issues);
    }
}
