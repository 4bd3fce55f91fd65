using System.Collections.Generic;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation.Security;

/// <summary>
/// SPX4003 (off by default): a job that inherits the token's default permissions, because neither it nor the
/// workflow declares any. An organisation turns it on in .editorconfig to require least privilege everywhere.
/// </summary>
internal static class PermissionRules
{
    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        if (workflow.Permissions is not null || workflow.Incomplete)
        {
            return;
        }

        foreach (var job in workflow.Jobs)
        {
            if (job.Permissions is null)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.MissingJobPermissions, job.Path, job.Id));
            }
        }
    }
}
