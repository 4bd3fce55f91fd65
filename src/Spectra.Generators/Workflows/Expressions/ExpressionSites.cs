using System.Collections.Generic;
using Spectra.Generators.Common;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;
using static Spectra.Generators.Values.ValuePath;

namespace Spectra.Generators.Workflows.Expressions;

/// <summary>
/// Every string of a workflow model that GitHub evaluates as an expression or template, with its value path and
/// key. Strings without <c>${{</c> are skipped (except conditions, where <c>${{ }}</c> is optional), and paths are
/// built only for the strings kept, so walking a large workflow costs little. Keys GitHub does not evaluate
/// (<c>uses</c>, <c>shell</c>, the workflow <c>name</c>) are not visited.
/// </summary>
internal sealed class ExpressionSites
{
    private readonly List<ExpressionSite> _sites = [];
    private JobModel? _job;
    private int _step = -1;

    private ExpressionSites()
    {
    }

    public static IReadOnlyList<ExpressionSite> Of(WorkflowModel workflow)
    {
        var sites = new ExpressionSites();
        sites.Workflow(workflow);
        return sites._sites;
    }

    private void Workflow(WorkflowModel workflow)
    {
        Add(workflow.RunName, workflow.TypeName, "RunName", ExpressionKey.RunName);
        Pairs(workflow.Env, Field(workflow.TypeName, "Env"), ExpressionKey.WorkflowEnv);
        Add(workflow.Concurrency?.Group, Field(workflow.TypeName, "Concurrency"), "Group", ExpressionKey.WorkflowConcurrency);
        foreach (var output in workflow.On?.WorkflowCall?.Outputs ?? EquatableArray<OutputModel>.Empty)
        {
            Add(output.Value, output.Path, ExpressionKey.WorkflowCallOutput);
        }

        foreach (var job in workflow.Jobs)
        {
            _job = job;
            Job(job);
        }
    }

    private void Job(JobModel job)
    {
        _step = -1;
        var path = job.Path;
        Add(job.If, path, "If", ExpressionKey.JobIf);
        Add(job.Name, path, "Name", ExpressionKey.JobName);
        foreach (var label in job.RunsOn?.Labels ?? EquatableArray<string>.Empty)
        {
            Add(label, Field(path, "RunsOn"), ExpressionKey.RunsOn); // the implicit "self-hosted" shifts label indexes: point at RunsOn
        }

        Add(job.RunsOn?.Group, Field(path, "RunsOn"), "Group", ExpressionKey.RunsOn);
        Add(job.Environment?.Name, Field(path, "Environment"), "Name", ExpressionKey.JobEnvironment);
        Add(job.Environment?.Url, Field(path, "Environment"), "Url", ExpressionKey.JobEnvironmentUrl);
        Add(job.Concurrency?.Group, Field(path, "Concurrency"), "Group", ExpressionKey.JobConcurrency);
        Pairs(job.Env, Field(path, "Env"), ExpressionKey.JobEnv);
        Pairs(job.Outputs, Field(path, "Outputs"), ExpressionKey.JobOutputs);
        Add(job.Defaults?.Shell, Field(path, "Defaults"), "Shell", ExpressionKey.JobDefaultsRun);
        Add(job.Defaults?.WorkingDirectory, Field(path, "Defaults"), "WorkingDirectory", ExpressionKey.JobDefaultsRun);
        Strategy(job.Strategy);
        Container(job.Container, Field(path, "Container"), ExpressionKey.Container, ExpressionKey.ContainerCredentials, ExpressionKey.ContainerEnv);
        foreach (var service in job.Services)
        {
            Container(service.Container, Key(Field(path, "Services"), service.Name), ExpressionKey.Services, ExpressionKey.ServiceCredentials, ExpressionKey.ServiceEnv);
        }

        if (job.Call is { } call)
        {
            Entries(call.With, Field(path, "With"), ExpressionKey.CallWith);
            Pairs(call.Secrets, Field(path, "Secrets"), ExpressionKey.CallSecrets);
        }

        for (_step = 0; _step < job.Steps.Count; _step++)
        {
            var step = job.Steps[_step];
            Add(step.If, step.Path, "If", ExpressionKey.StepIf);
            Add(step.Name, step.Path, "Name", ExpressionKey.StepName);
            Add(step.Run, step.Path, "Script", ExpressionKey.StepRun);
            Add(step.WorkingDirectory, step.Path, "WorkingDirectory", ExpressionKey.StepWorkingDirectory);
            Pairs(step.Env, Field(step.Path, "Env"), ExpressionKey.StepEnv);
            Entries(step.With, Field(step.Path, "With"), ExpressionKey.StepWith);
        }

        _step = -1;
    }

    private void Strategy(StrategyModel? strategy)
    {
        if (strategy is null)
        {
            return;
        }

        foreach (var axis in strategy.Axes)
        {
            var axisPath = Key(strategy.Path, axis.Name);
            for (var i = 0; i < axis.Values.Count; i++)
            {
                Value(axis.Values[i], axisPath, i, ExpressionKey.JobStrategy);
            }
        }

        for (var i = 0; i < strategy.Include.Count; i++)
        {
            Entries(strategy.Include[i].Entries, Index(Field(strategy.Path, "Include"), i), ExpressionKey.JobStrategy);
        }

        for (var i = 0; i < strategy.Exclude.Count; i++)
        {
            Entries(strategy.Exclude[i].Entries, Index(Field(strategy.Path, "Exclude"), i), ExpressionKey.JobStrategy);
        }
    }

    private void Container(ContainerModel? container, string path, ExpressionKey key, ExpressionKey credentials, ExpressionKey env)
    {
        if (container is null)
        {
            return;
        }

        Add(container.Image, path, "Image", key);
        Add(container.Options, path, "Options", key);
        Strings(container.Ports, Field(path, "Ports"), key);
        Strings(container.Volumes, Field(path, "Volumes"), key);
        Add(container.Username, Field(path, "Credentials"), "Username", credentials);
        Add(container.Password, Field(path, "Credentials"), "Password", credentials);
        Pairs(container.Env, Field(path, "Env"), env);
    }

    private void Strings(EquatableArray<string> items, string path, ExpressionKey key)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (ExpressionTemplate.MayContainExpressions(items[i], key.IsCondition))
            {
                _sites.Add(new ExpressionSite(Index(path, i), items[i], key, _job, _step));
            }
        }
    }

    private void Pairs(EquatableArray<StringPair> pairs, string path, ExpressionKey key)
    {
        foreach (var pair in pairs)
        {
            if (ExpressionTemplate.MayContainExpressions(pair.Value, key.IsCondition))
            {
                _sites.Add(new ExpressionSite(Key(path, pair.Key), pair.Value, key, _job, _step));
            }
        }
    }

    private void Entries(EquatableArray<MapEntry> entries, string path, ExpressionKey key)
    {
        foreach (var entry in entries)
        {
            if (Contains(entry.Value))
            {
                Walk(entry.Value, Key(path, entry.Key), key);
            }
        }
    }

    private void Value(Value value, string parent, int index, ExpressionKey key)
    {
        if (Contains(value))
        {
            Walk(value, Index(parent, index), key);
        }
    }

    /// <summary>Strings anywhere inside a value known to hold an expression (matrix entries and action inputs may be lists or maps).</summary>
    private void Walk(Value value, string path, ExpressionKey key)
    {
        switch (value)
        {
            case StringValue text when ExpressionTemplate.MayContainExpressions(text.Text, key.IsCondition):
                _sites.Add(new ExpressionSite(path, text.Text, key, _job, _step));
                break;
            case ListValue list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    Walk(list.Items[i], Index(path, i), key);
                }

                break;
            case MapValue map:
                foreach (var entry in map.Entries)
                {
                    Walk(entry.Value, Key(path, entry.Key), key);
                }

                break;
        }
    }

    private static bool Contains(Value value) => value switch
    {
        StringValue text => ExpressionTemplate.MayContainExpressions(text.Text, isCondition: false),
        ListValue list => Any(list.Items),
        MapValue map => AnyEntry(map.Entries),
        _ => false,
    };

    private static bool Any(EquatableArray<Value> items)
    {
        foreach (var item in items)
        {
            if (Contains(item))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyEntry(EquatableArray<MapEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (Contains(entry.Value))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(string? text, string parent, string field, ExpressionKey key)
    {
        if (text is not null && ExpressionTemplate.MayContainExpressions(text, key.IsCondition))
        {
            _sites.Add(new ExpressionSite(Field(parent, field), text, key, _job, _step));
        }
    }

    private void Add(string? text, string path, ExpressionKey key)
    {
        if (text is not null && ExpressionTemplate.MayContainExpressions(text, key.IsCondition))
        {
            _sites.Add(new ExpressionSite(path, text, key, _job, _step));
        }
    }
}
