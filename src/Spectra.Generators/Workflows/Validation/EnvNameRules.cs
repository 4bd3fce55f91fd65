using System.Collections.Generic;
using System.Text.RegularExpressions;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// Environment variable names of the workflow, jobs, steps, the job container and service containers: names a
/// shell can read (<c>$NAME</c>), and none of the default <c>GITHUB_*</c>/<c>RUNNER_*</c> variables GitHub keeps for itself.
/// </summary>
internal static class EnvNameRules
{
    private static readonly Regex PortableName = new("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The GITHUB_* and RUNNER_* defaults listed in GitHub's "Variables reference". Other names with these prefixes
    /// (GITHUB_TOKEN, set by many workflows for the gh CLI) are ordinary variables.
    /// </summary>
    private static readonly HashSet<string> DefaultVariables =
    [
        "GITHUB_ACTION", "GITHUB_ACTION_PATH", "GITHUB_ACTION_REPOSITORY", "GITHUB_ACTIONS", "GITHUB_ACTOR", "GITHUB_ACTOR_ID",
        "GITHUB_API_URL", "GITHUB_BASE_REF", "GITHUB_ENV", "GITHUB_EVENT_NAME", "GITHUB_EVENT_PATH", "GITHUB_GRAPHQL_URL",
        "GITHUB_HEAD_REF", "GITHUB_JOB", "GITHUB_OUTPUT", "GITHUB_PATH", "GITHUB_REF", "GITHUB_REF_NAME", "GITHUB_REF_PROTECTED",
        "GITHUB_REF_TYPE", "GITHUB_REPOSITORY", "GITHUB_REPOSITORY_ID", "GITHUB_REPOSITORY_OWNER", "GITHUB_REPOSITORY_OWNER_ID",
        "GITHUB_RETENTION_DAYS", "GITHUB_RUN_ATTEMPT", "GITHUB_RUN_ID", "GITHUB_RUN_NUMBER", "GITHUB_SERVER_URL", "GITHUB_SHA",
        "GITHUB_STEP_SUMMARY", "GITHUB_TRIGGERING_ACTOR", "GITHUB_WORKFLOW", "GITHUB_WORKFLOW_REF", "GITHUB_WORKFLOW_SHA",
        "GITHUB_WORKSPACE", "RUNNER_ARCH", "RUNNER_DEBUG", "RUNNER_ENVIRONMENT", "RUNNER_NAME", "RUNNER_OS", "RUNNER_TEMP",
        "RUNNER_TOOL_CACHE",
    ];

    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        Check(workflow.Env, ValuePath.Field(workflow.TypeName, "Env"), issues);
        foreach (var job in workflow.Jobs)
        {
            Check(job.Env, ValuePath.Field(job.Path, "Env"), issues);
            if (job.Container is { } container)
            {
                Check(container.Env, ValuePath.Field(ValuePath.Field(job.Path, "Container"), "Env"), issues);
            }

            foreach (var service in job.Services)
            {
                var servicePath = ValuePath.Key(ValuePath.Field(job.Path, "Services"), service.Name);
                Check(service.Container.Env, ValuePath.Field(servicePath, "Env"), issues);
            }

            foreach (var step in job.Steps)
            {
                Check(step.Env, ValuePath.Field(step.Path, "Env"), issues);
            }
        }
    }

    private static void Check(EquatableArray<StringPair> env, string envPath, List<Issue> issues)
    {
        foreach (var pair in env)
        {
            if (Problem(pair.Key) is { } problem)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.InvalidEnvName, ValuePath.KeyName(ValuePath.Key(envPath, pair.Key)), pair.Key, problem));
            }
        }
    }

    private static string? Problem(string name)
    {
        if (name.Contains("${{"))
        {
            return null; // GitHub evaluates expressions in env keys; the result is only known at run time
        }

        if (!PortableName.IsMatch(name))
        {
            return "is not a portable environment variable name: use letters, digits and '_', not starting with a digit, so that shells can read it as $NAME";
        }

        if (DefaultVariables.Contains(name))
        {
            return "is one of GitHub's default variables, and GitHub does not let a workflow overwrite its GITHUB_* and RUNNER_* defaults, so the value would be ignored; choose another name";
        }

        return null;
    }
}
