using System.Collections.Generic;
using Spectra.Generators.Common;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Parsing;

/// <summary>Parses the <c>Triggers</c> member into the <c>on:</c> block.</summary>
internal sealed class TriggersParser(ValueReader reader)
{
    private static readonly string[] FilterFields = ["Branches", "BranchesIgnore", "Tags", "TagsIgnore", "Paths", "PathsIgnore", "Types"];

    public TriggersModel? Parse(ObjectValue? triggers, string path)
    {
        if (triggers is null)
        {
            return null;
        }

        var schedules = new List<ScheduleModel>();
        var schedulePath = ValuePath.Field(path, "Schedule");
        var scheduleList = reader.List(triggers, "Schedule", path);
        for (var i = 0; i < scheduleList.Count; i++)
        {
            var itemPath = ValuePath.Index(schedulePath, i);
            if (scheduleList[i] is ObjectValue schedule)
            {
                schedules.Add(new ScheduleModel(ValuePath.Field(itemPath, "Cron"), reader.String(schedule, "Cron", itemPath) ?? ""));
            }
        }

        var dispatch = reader.Object(triggers, "WorkflowDispatch", path);
        return new TriggersModel(
            GitEvent(triggers, "Push", path),
            GitEvent(triggers, "PullRequest", path),
            GitEvent(triggers, "PullRequestTarget", path),
            schedules.ToEquatableArray(),
            dispatch is null ? null : Inputs(dispatch, ValuePath.Field(path, "WorkflowDispatch")),
            WorkflowCall(reader.Object(triggers, "WorkflowCall", path), ValuePath.Field(path, "WorkflowCall")));
    }

    private GitEventModel? GitEvent(ObjectValue triggers, string field, string path)
    {
        var value = reader.Object(triggers, field, path);
        if (value is null)
        {
            return null;
        }

        var eventPath = ValuePath.Field(path, field);
        var filters = new List<FilterModel>();
        foreach (var filter in FilterFields)
        {
            if (value[filter] is not null)
            {
                filters.Add(new FilterModel(ValuePath.Field(eventPath, filter), Naming.Kebab(filter), reader.StringList(value, filter, eventPath)));
            }
        }

        return new GitEventModel(eventPath, filters.ToEquatableArray());
    }

    private EquatableArray<InputModel> Inputs(ObjectValue owner, string path)
    {
        var inputs = new List<InputModel>();
        var inputsPath = ValuePath.Field(path, "Inputs");
        foreach (var entry in reader.Map(owner, "Inputs", path))
        {
            var inputPath = ValuePath.Key(inputsPath, entry.Key);
            var input = entry.Value as ObjectValue;
            inputs.Add(new InputModel(
                inputPath,
                entry.Key,
                reader.String(input, "Description", inputPath),
                reader.Bool(input, "Required", inputPath),
                input?["Type"] is EnumValue type ? type.Member.ToLowerInvariant() : null,
                reader.PlainData(input?["Default"], ValuePath.Field(inputPath, "Default")),
                reader.StringList(input, "Options", inputPath)));
        }

        return inputs.ToEquatableArray();
    }

    private WorkflowCallModel? WorkflowCall(ObjectValue? call, string path)
    {
        if (call is null)
        {
            return null;
        }

        var secrets = new List<SecretModel>();
        foreach (var entry in reader.Map(call, "Secrets", path))
        {
            var secretPath = ValuePath.Key(ValuePath.Field(path, "Secrets"), entry.Key);
            var secret = entry.Value as ObjectValue;
            secrets.Add(new SecretModel(entry.Key, reader.String(secret, "Description", secretPath), reader.Bool(secret, "Required", secretPath)));
        }

        var outputs = new List<OutputModel>();
        foreach (var entry in reader.Map(call, "Outputs", path))
        {
            var outputPath = ValuePath.Key(ValuePath.Field(path, "Outputs"), entry.Key);
            var output = entry.Value as ObjectValue;
            outputs.Add(new OutputModel(entry.Key, reader.String(output, "Description", outputPath), reader.String(output, "Value", outputPath) ?? "", ValuePath.Field(outputPath, "Value")));
        }

        return new WorkflowCallModel(Inputs(call, path), secrets.ToEquatableArray(), outputs.ToEquatableArray());
    }
}
