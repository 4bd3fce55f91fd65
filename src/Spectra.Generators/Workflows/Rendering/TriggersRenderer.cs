using Spectra.Generators.Common;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Yaml;

namespace Spectra.Generators.Workflows.Rendering;

/// <summary>Renders the <c>on:</c> block.</summary>
internal static class TriggersRenderer
{
    public static void Write(YamlWriter yaml, TriggersModel on)
    {
        yaml.StartMap();
        GitEvent(yaml, "push", on.Push);
        GitEvent(yaml, "pull_request", on.PullRequest);
        GitEvent(yaml, "pull_request_target", on.PullRequestTarget);
        if (!on.Schedules.IsEmpty)
        {
            yaml.Key("schedule");
            yaml.StartList();
            foreach (var schedule in on.Schedules)
            {
                yaml.StartMap();
                yaml.Pair("cron", schedule.Cron);
                yaml.EndMap();
            }

            yaml.EndList();
        }

        if (on.DispatchInputs is { } dispatchInputs)
        {
            yaml.Key("workflow_dispatch");
            WithInputs(yaml, dispatchInputs, null);
        }

        if (on.WorkflowCall is { } call)
        {
            yaml.Key("workflow_call");
            WithInputs(yaml, call.Inputs, call);
        }

        yaml.EndMap();
    }

    private static void GitEvent(YamlWriter yaml, string name, GitEventModel? gitEvent)
    {
        if (gitEvent is null)
        {
            return;
        }

        yaml.Key(name);
        if (gitEvent.Filters.IsEmpty)
        {
            yaml.EmptyMap();
            return;
        }

        yaml.StartMap();
        foreach (var filter in gitEvent.Filters)
        {
            CommonRenderer.FlowList(yaml, filter.Key, filter.Patterns);
        }

        yaml.EndMap();
    }

    private static void WithInputs(YamlWriter yaml, EquatableArray<InputModel> inputs, WorkflowCallModel? call)
    {
        if (inputs.IsEmpty && (call is null || (call.Secrets.IsEmpty && call.Outputs.IsEmpty)))
        {
            yaml.EmptyMap();
            return;
        }

        yaml.StartMap();
        if (!inputs.IsEmpty)
        {
            yaml.Key("inputs");
            yaml.StartMap();
            foreach (var input in inputs)
            {
                Input(yaml, input, isCall: call is not null);
            }

            yaml.EndMap();
        }

        if (call is not null)
        {
            CallSecretsAndOutputs(yaml, call);
        }

        yaml.EndMap();
    }

    private static void Input(YamlWriter yaml, InputModel input, bool isCall)
    {
        yaml.UserKey(input.Name);
        yaml.StartMap();
        yaml.Pair("description", input.Description);
        yaml.Pair("required", input.Required);
        yaml.Pair("type", input.Type ?? (isCall ? "string" : null)); // workflow_call requires a type; omitted means String
        if (input.Default is { } defaultValue)
        {
            yaml.Key("default");
            ValueWriter.Write(yaml, defaultValue);
        }

        if (!input.Options.IsEmpty)
        {
            yaml.Key("options");
            yaml.StartList();
            foreach (var option in input.Options)
            {
                yaml.String(option);
            }

            yaml.EndList();
        }

        yaml.EndMap();
    }

    private static void CallSecretsAndOutputs(YamlWriter yaml, WorkflowCallModel call)
    {
        if (!call.Secrets.IsEmpty)
        {
            yaml.Key("secrets");
            yaml.StartMap();
            foreach (var secret in call.Secrets)
            {
                yaml.UserKey(secret.Name);
                yaml.StartMap();
                yaml.Pair("description", secret.Description);
                yaml.Pair("required", secret.Required);
                yaml.EndMap();
            }

            yaml.EndMap();
        }

        if (!call.Outputs.IsEmpty)
        {
            yaml.Key("outputs");
            yaml.StartMap();
            foreach (var output in call.Outputs)
            {
                yaml.UserKey(output.Name);
                yaml.StartMap();
                yaml.Pair("description", output.Description);
                yaml.Pair("value", output.Value);
                yaml.EndMap();
            }

            yaml.EndMap();
        }
    }
}
