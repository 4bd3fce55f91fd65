using System.Collections.Generic;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Parsing;

/// <summary>Turns a workflow declaration's values into a <see cref="WorkflowModel"/>.</summary>
internal static class WorkflowParser
{
    public static ParsedWorkflow Parse(WorkflowDeclaration declaration)
    {
        var reader = new ValueReader();
        var parts = new SharedParser(reader);
        string? name = null, runName = null;
        TriggersModel? on = null;
        PermissionsModel? permissions = null;
        ConcurrencyModel? concurrency = null;
        DefaultsModel? defaults = null;
        var env = EquatableArray<StringPair>.Empty;
        var jobs = new List<JobModel>();
        var incomplete = false;
        var jobParser = new JobParser(reader, parts);

        foreach (var member in declaration.Members)
        {
            var path = declaration.TypeName + "." + member.Name;
            var value = member.Value as ObjectValue;
            if (member.Value is null)
            {
                incomplete = true; // evaluation already reported why
                continue;
            }

            if (member.IsJob)
            {
                if (value is null)
                {
                    reader.Add(Issue.Create(DiagnosticDescriptors.WrongValueType, path, member.Name, "a job declaration ('new Job { ... }', or another job with 'with { ... }')", member.Value.Describe()));
                }
                else
                {
                    jobs.Add(jobParser.Parse(member, value, path));
                }

                continue;
            }

            switch (member.TypeName, member.Name)
            {
                case ("Spectra.Triggers", _):
                    on = new TriggersParser(reader).Parse(value, path);
                    break;
                case ("Spectra.Permissions", _):
                    permissions = SharedParser.Permissions(value);
                    break;
                case ("Spectra.Concurrency", _):
                    concurrency = parts.Concurrency(value, path);
                    break;
                case ("Spectra.Defaults", _):
                    defaults = parts.Defaults(value, path);
                    break;
                case (_, "Name"):
                    name = reader.Scalar(member.Value, path, "a string");
                    break;
                case (_, "RunName"):
                    runName = reader.Scalar(member.Value, path, "a string");
                    break;
                case (_, "Env") when member.Value is MapValue map:
                    env = reader.StringMap(map.Entries, path);
                    break;
                case (_, "Env"):
                    reader.Mismatch<string?>(path, "a dictionary of environment variables", member.Value);
                    break;
            }
        }

        var model = new WorkflowModel(declaration.WorkflowId, declaration.TypeName, name, runName, on, env, permissions, concurrency, defaults, jobs.ToEquatableArray(), incomplete);
        return new ParsedWorkflow(model, reader.Issues);
    }
}

/// <summary>The parse result: the model plus the problems found while building it.</summary>
internal sealed record ParsedWorkflow(WorkflowModel Model, EquatableArray<Issue> Issues);
