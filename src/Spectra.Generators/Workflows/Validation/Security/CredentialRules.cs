using System.Collections.Generic;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation.Security;

/// <summary>
/// SPX4002: a secret written as a literal. Generated workflows are committed, so the value would be readable by
/// everyone who can read the repository, forever (history keeps it after a fix).
/// </summary>
internal static class CredentialRules
{
    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        Env(workflow.Env, ValuePath.Field(workflow.TypeName, "Env"), issues);
        foreach (var job in workflow.Jobs)
        {
            Env(job.Env, ValuePath.Field(job.Path, "Env"), issues);
            Container(job.Container, ValuePath.Field(job.Path, "Container"), $"the container of job '{job.Id}'", issues);
            foreach (var service in job.Services)
            {
                var path = ValuePath.Key(ValuePath.Field(job.Path, "Services"), service.Name);
                Container(service.Container, path, $"service '{service.Name}' of job '{job.Id}'", issues);
            }

            foreach (var step in job.Steps)
            {
                Env(step.Env, ValuePath.Field(step.Path, "Env"), issues);
                Inputs(step.With, ValuePath.Field(step.Path, "With"), issues);
            }

            if (job.Call is { } call)
            {
                Inputs(call.With, ValuePath.Field(job.Path, "With"), issues);
                foreach (var secret in call.Secrets)
                {
                    // Every value passed as a secret is a credential, whatever its name.
                    Literal(secret.Value, ValuePath.Key(ValuePath.Field(job.Path, "Secrets"), secret.Key), $"Secret '{secret.Key}' passed to the reusable workflow", issues);
                }
            }
        }
    }

    private static void Env(EquatableArray<StringPair> env, string path, List<Issue> issues)
    {
        foreach (var variable in env)
        {
            if (CredentialNames.IsCredential(variable.Key))
            {
                Literal(variable.Value, ValuePath.Key(path, variable.Key), $"Environment variable '{variable.Key}'", issues);
            }
        }
    }

    private static void Inputs(EquatableArray<MapEntry> with, string path, List<Issue> issues)
    {
        foreach (var input in with)
        {
            if (input.Value is StringValue text && CredentialNames.IsCredential(input.Key))
            {
                Literal(text.Text, ValuePath.Key(path, input.Key), $"Input '{input.Key}'", issues);
            }
        }
    }

    private static void Container(ContainerModel? container, string path, string what, List<Issue> issues)
    {
        if (container is null)
        {
            return;
        }

        if (container.Password is { } password)
        {
            Literal(password, ValuePath.Field(ValuePath.Field(path, "Credentials"), "Password"), $"The registry password of {what}", issues);
        }

        Env(container.Env, ValuePath.Field(path, "Env"), issues);
    }

    private static void Literal(string value, string path, string what, List<Issue> issues)
    {
        if (CredentialNames.IsLiteralSecret(value))
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.HardCodedCredential, path, what));
        }
    }
}
