using Spectra.Generators.Common;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Yaml;

namespace Spectra.Generators.Workflows.Rendering;

/// <summary>Renders a job container or the service containers.</summary>
internal static class ContainerRenderer
{
    public static void Services(YamlWriter yaml, EquatableArray<NamedContainer> services)
    {
        if (services.IsEmpty)
        {
            return;
        }

        yaml.Key("services");
        yaml.StartMap();
        foreach (var service in services)
        {
            yaml.UserKey(service.Name);
            Body(yaml, service.Container);
        }

        yaml.EndMap();
    }

    public static void Write(YamlWriter yaml, string key, ContainerModel? container)
    {
        if (container is not null)
        {
            yaml.Key(key);
            Body(yaml, container);
        }
    }

    private static void Body(YamlWriter yaml, ContainerModel container)
    {
        yaml.StartMap();
        yaml.Pair("image", container.Image);
        if (container.Username is not null || container.Password is not null)
        {
            yaml.Key("credentials");
            yaml.StartMap();
            yaml.Pair("username", container.Username);
            yaml.Pair("password", container.Password);
            yaml.EndMap();
        }

        CommonRenderer.Env(yaml, "env", container.Env);
        if (!container.Ports.IsEmpty)
        {
            CommonRenderer.FlowList(yaml, "ports", container.Ports);
        }

        if (!container.Volumes.IsEmpty)
        {
            CommonRenderer.FlowList(yaml, "volumes", container.Volumes);
        }

        yaml.Pair("options", container.Options);
        yaml.EndMap();
    }
}
