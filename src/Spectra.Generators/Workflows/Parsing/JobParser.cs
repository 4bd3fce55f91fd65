using System.Collections.Generic;
using Spectra.Generators.Common;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Parsing;

/// <summary>Parses one job member. Needs stay declaration ids here; the workflow set resolves them to job ids.</summary>
internal sealed class JobParser(ValueReader reader, SharedParser parts)
{
    public JobModel Parse(DeclaredMember member, ObjectValue job, string path)
    {
        var needs = new List<string>();
        var needsList = reader.List(job, "Needs", path);
        for (var i = 0; i < needsList.Count; i++)
        {
            if (needsList[i] is ReferenceValue reference)
            {
                needs.Add(reference.DeclarationId);
            }
            else
            {
                reader.Mismatch<string?>(ValuePath.Index(ValuePath.Field(path, "Needs"), i), "a job of this workflow (a static Job member of a [Workflow] class)", needsList[i]);
            }
        }

        var isCall = job.TypeName == "Spectra.ReusableWorkflowJob";
        return new JobModel(
            path,
            member.DeclarationId,
            reader.String(job, "Id", path) ?? Naming.Kebab(member.Name),
            reader.String(job, "Name", path),
            needs.ToEquatableArray(),
            reader.String(job, "If", path),
            Runner(reader.Object(job, "RunsOn", path), ValuePath.Field(path, "RunsOn")),
            Environment(reader.Object(job, "Environment", path), ValuePath.Field(path, "Environment")),
            SharedParser.Permissions(reader.Object(job, "Permissions", path)),
            new StrategyParser(reader).Parse(reader.Object(job, "Strategy", path), ValuePath.Field(path, "Strategy")),
            parts.Concurrency(reader.Object(job, "Concurrency", path), ValuePath.Field(path, "Concurrency")),
            Steps(job, path),
            reader.StringMap(job, "Env", path),
            reader.StringMap(job, "Outputs", path),
            reader.Int(job, "TimeoutMinutes", path),
            reader.Bool(job, "ContinueOnError", path),
            parts.Container(reader.Object(job, "Container", path), ValuePath.Field(path, "Container")),
            Services(job, path),
            parts.Defaults(reader.Object(job, "Defaults", path), ValuePath.Field(path, "Defaults")),
            isCall ? Call(job, path) : null);
    }

    private RunnerModel? Runner(ObjectValue? runner, string path)
    {
        if (runner is null)
        {
            return null;
        }

        var labels = new List<string>(reader.StringList(runner, "Labels", path));
        if (runner["SelfHostedLabels"] is not null)
        {
            labels.Insert(0, "self-hosted");
            labels.AddRange(reader.StringList(runner, "SelfHostedLabels", path));
        }

        return new RunnerModel(labels.ToEquatableArray(), reader.String(runner, "Group", path));
    }

    private EnvironmentModel? Environment(ObjectValue? environment, string path) =>
        environment is null
            ? null
            : new EnvironmentModel(reader.String(environment, "Name", path) ?? "", reader.String(environment, "Url", path), reader.StringList(environment, "RequiredReviewers", path));

    private EquatableArray<StepModel> Steps(ObjectValue job, string path)
    {
        var steps = new List<StepModel>();
        var stepsPath = ValuePath.Field(path, "Steps");
        var list = reader.List(job, "Steps", path);
        for (var i = 0; i < list.Count; i++)
        {
            var stepPath = ValuePath.Index(stepsPath, i);
            if (list[i] is ObjectValue step)
            {
                steps.Add(new StepModel(
                    stepPath,
                    reader.String(step, "Id", stepPath),
                    reader.String(step, "Name", stepPath),
                    reader.String(step, "If", stepPath),
                    reader.StringMap(step, "Env", stepPath),
                    reader.Int(step, "TimeoutMinutes", stepPath),
                    reader.Bool(step, "ContinueOnError", stepPath),
                    step.TypeName == "Spectra.RunStep" ? reader.String(step, "Script", stepPath) ?? "" : null,
                    reader.String(step, "Shell", stepPath),
                    reader.String(step, "WorkingDirectory", stepPath),
                    step.TypeName == "Spectra.ActionStep" ? reader.String(step, "Uses", stepPath) ?? "" : null,
                    reader.PlainMap(step, "With", stepPath)));
            }
        }

        return steps.ToEquatableArray();
    }

    private EquatableArray<NamedContainer> Services(ObjectValue job, string path)
    {
        var services = new List<NamedContainer>();
        foreach (var entry in reader.Map(job, "Services", path))
        {
            var servicePath = ValuePath.Key(ValuePath.Field(path, "Services"), entry.Key);
            if (parts.Container(entry.Value as ObjectValue, servicePath) is { } container)
            {
                services.Add(new NamedContainer(entry.Key, container));
            }
        }

        return services.ToEquatableArray();
    }

    private ReusableCallModel Call(ObjectValue job, string path) => new(
        reader.String(job, "Uses", path) ?? "",
        reader.String(job, "Workflow", path),
        reader.PlainMap(job, "With", path),
        reader.StringMap(job, "Secrets", path),
        reader.Bool(job, "InheritSecrets", path) ?? false);
}
