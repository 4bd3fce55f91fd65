namespace Spectra;

/// <summary>
/// The pod's identity and the justified opt-outs from Spectra's secure defaults. Each opt-out is an
/// <see cref="OptOut"/> carrying its reason, so a relaxed default is visible in review and in the declaration.
/// </summary>
public sealed record SecuritySettings
{
    /// <summary>The user the container runs as. Defaults to 1654, the non-root <c>app</c> user of the .NET images.</summary>
    public int? RunAsUser { get; init; }

    /// <summary>The primary group. Defaults to <see cref="RunAsUser"/>.</summary>
    public int? RunAsGroup { get; init; }

    /// <summary>The group that owns mounted volumes. Defaults to <see cref="RunAsGroup"/>.</summary>
    public int? FsGroup { get; init; }

    /// <summary>Run as root (user 0): drops <c>runAsNonRoot</c>.</summary>
    public OptOut? RunAsRoot { get; init; }

    /// <summary>A writable root filesystem (the default is read-only with a writable <c>/tmp</c>).</summary>
    public OptOut? WritableRootFilesystem { get; init; }

    /// <summary>Allow privilege escalation (setuid binaries such as <c>sudo</c>).</summary>
    public OptOut? PrivilegeEscalation { get; init; }

    /// <summary>Keep the container runtime's default capabilities instead of dropping all.</summary>
    public OptOut? DefaultCapabilities { get; init; }

    /// <summary>Run without a seccomp profile instead of <c>RuntimeDefault</c>.</summary>
    public OptOut? Unconfined { get; init; }

    /// <summary>Run without a memory limit (a leaking pod can then take its node's memory).</summary>
    public OptOut? NoMemoryLimit { get; init; }

    /// <summary>Run without liveness and readiness probes.</summary>
    public OptOut? NoProbes { get; init; }
}

/// <summary>A deliberate exception to a secure default, with the reason reviewers will read.</summary>
/// <param name="Justification">Why the default cannot hold, e.g. <c>the vendor image writes its cache to /app/cache</c>.</param>
public sealed record OptOut(string Justification);
