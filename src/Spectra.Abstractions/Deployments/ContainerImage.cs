namespace Spectra;

/// <summary>A container image: repository plus a tag or a digest.</summary>
/// <param name="Repository">The image without tag, e.g. <c>ghcr.io/example-org/api</c>.</param>
public sealed record ContainerImage(string Repository)
{
    /// <summary>An immutable release tag, e.g. <c>1.4.2</c>. <c>latest</c> is rejected: it changes under a running deployment.</summary>
    public string? Tag { get; init; }

    /// <summary>A content digest, e.g. <c>sha256:…</c>; wins over <see cref="Tag"/> when both are set.</summary>
    public string? Digest { get; init; }

    /// <summary>When to pull: <c>IfNotPresent</c> (default), <c>Always</c> or <c>Never</c>.</summary>
    public string? PullPolicy { get; init; }
}

/// <summary>A named container port, exposed by the service's Kubernetes Service.</summary>
/// <param name="Name">The port name (IANA service name: at most 15 lowercase letters, digits and '-'), e.g. <c>http</c>.</param>
/// <param name="Port">The port the container listens on, e.g. <c>8080</c>.</param>
public sealed record ContainerPort(string Name, int Port)
{
    /// <summary>The port clients use on the Service. Defaults to <see cref="Port"/>.</summary>
    public int? ServicePort { get; init; }

    /// <summary><c>TCP</c> (default), <c>UDP</c> or <c>SCTP</c>.</summary>
    public string? Protocol { get; init; }
}

/// <summary>A key of a Kubernetes Secret, read into an environment variable.</summary>
/// <param name="Secret">The Secret's name, e.g. <c>api-db</c>.</param>
/// <param name="Key">The key inside the Secret, e.g. <c>connection-string</c>.</param>
public sealed record SecretKeyReference(string Secret, string Key);
