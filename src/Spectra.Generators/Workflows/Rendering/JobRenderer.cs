using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Yaml;

namespace Spectra.Generators.Workflows.Rendering;

/// <summary>Renders one job: either a runner job with steps or a reusable-workflow call.</summary>
internal static class JobRenderer
{
    public static void Write(YamlWriter yaml, JobModel job)
    {
        yaml.StartMap();
        yaml.Pair("name", job.Name);
        if (!job.Needs.IsEmpty)
        {
            CommonRenderer.FlowList(yaml, "needs", job.Needs);
        }

        yaml.Pair("if", job.If);
        if (job.Call is { } call)
        {
            CommonRenderer.Permissions(yaml, job.Permissions);
            CommonRenderer.Concurrency(yaml, job.Concurrency);
            StrategyRenderer.Write(yaml, job.Strategy);
            ReusableCall(yaml, call);
            yaml.EndMap();
            return;
        }

        RunsOn(yaml, job.RunsOn);
        Environment(yaml, job.Environment);
        CommonRenderer.Permissions(yaml, job.Permissions);
        CommonRenderer.Concurrency(yaml, job.Concurrency);
        StrategyRenderer.Write(yaml, job.Strategy);
        ContainerRenderer.Write(yaml, "container", job.Container);
        ContainerRenderer.Services(yaml, job.Services);
        CommonRenderer.Env(yaml, "outputs", job.Outputs);
        CommonRenderer.Env(yaml, "env", job.Env);
        CommonRenderer.Defaults(yaml, job.Defaults);
        yaml.Pair("timeout-minutes", job.TimeoutMinutes);
        yaml.Pair("continue-on-error", job.ContinueOnError);
        yaml.Key("steps");
        yaml.StartList();
        foreach (var step in job.Steps)
        {
            StepRenderer.Write(yaml, step);
        }

        yaml.EndList();
        yaml.EndMap();
    }

    private static void RunsOn(YamlWriter yaml, RunnerModel? runner)
    {
        if (runner is null)
        {
            return;
        }

        yaml.Key("runs-on");
        if (runner.Group is { } group)
        {
            yaml.StartMap();
            yaml.Pair("group", group);
            if (!runner.Labels.IsEmpty)
            {
                CommonRenderer.FlowList(yaml, "labels", runner.Labels);
            }

            yaml.EndMap();
        }
        else if (runner.Labels.Count == 1)
        {
            yaml.String(runner.Labels[0]);
        }
        else
        {
            yaml.StartFlowList();
            foreach (var label in runner.Labels)
            {
                yaml.String(label);
            }

            yaml.EndList();
        }
    }

    private static void Environment(YamlWriter yaml, EnvironmentModel? environment)
    {
        if (environment is null)
        {
            return;
        }

        yaml.Key("environment");
        if (environment.Url is null)
        {
            yaml.String(environment.Name);
            return;
        }

        yaml.StartMap();
        yaml.Pair("name", environment.Name);
        yaml.Pair("url", environment.Url);
        yaml.EndMap();
    }

    private static void ReusableCall(YamlWriter yaml, ReusableCallModel call)
    {
        CommonRenderer.Uses(yaml, call.Uses, call.PinnedFrom);
        if (!call.With.IsEmpty)
        {
            yaml.Key("with");
            ValueWriter.Write(yaml, new Values.MapValue(call.With));
        }

        if (call.InheritSecrets)
        {
            yaml.Pair("secrets", "inherit");
        }
        else
        {
            CommonRenderer.Env(yaml, "secrets", call.Secrets);
        }
    }
}
