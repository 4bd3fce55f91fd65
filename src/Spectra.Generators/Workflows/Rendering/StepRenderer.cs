using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Yaml;

namespace Spectra.Generators.Workflows.Rendering;

/// <summary>Renders one step.</summary>
internal static class StepRenderer
{
    public static void Write(YamlWriter yaml, StepModel step)
    {
        yaml.StartMap();
        yaml.Pair("name", step.Name);
        yaml.Pair("id", step.Id);
        yaml.Pair("if", step.If);
        CommonRenderer.Uses(yaml, step.Uses, step.PinnedFrom);
        if (!step.With.IsEmpty)
        {
            yaml.Key("with");
            ValueWriter.Write(yaml, new Values.MapValue(step.With));
        }

        yaml.Pair("run", step.Run);
        yaml.Pair("shell", step.Shell);
        yaml.Pair("working-directory", step.WorkingDirectory);
        CommonRenderer.Env(yaml, "env", step.Env);
        yaml.Pair("timeout-minutes", step.TimeoutMinutes);
        yaml.Pair("continue-on-error", step.ContinueOnError);
        yaml.EndMap();
    }
}
