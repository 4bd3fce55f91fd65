using System.Collections.Generic;

namespace Spectra;

/// <summary>A container: the job's own, or a service container.</summary>
public sealed record Container
{
    /// <summary>The image, with a tag or digest, e.g. <c>postgres:16</c>.</summary>
    public string Image { get; init; } = "";

    /// <summary>Registry credentials, by secret reference.</summary>
    public ContainerCredentials? Credentials { get; init; }

    /// <summary>Environment variables inside the container.</summary>
    public Dictionary<string, string>? Env { get; init; }

    /// <summary>Published ports, e.g. <c>5432:5432</c>.</summary>
    public IReadOnlyList<string>? Ports { get; init; }

    /// <summary>Volumes, e.g. <c>my_docker_volume:/volume_mount</c>.</summary>
    public IReadOnlyList<string>? Volumes { get; init; }

    /// <summary>Extra <c>docker create</c> options, e.g. a health check.</summary>
    public string? Options { get; init; }
}

/// <summary>Credentials for a private container registry.</summary>
public sealed record ContainerCredentials
{
    /// <summary>The user name.</summary>
    public string Username { get; init; } = "";

    /// <summary>The password, always a reference such as <c>${{ secrets.REGISTRY_PASSWORD }}</c>.</summary>
    public string Password { get; init; } = "";
}
