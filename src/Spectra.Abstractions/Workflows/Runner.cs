using System.Collections.Generic;
using Spectra.Factories;

namespace Spectra;

/// <summary>
/// Where a job runs: a GitHub-hosted label (<see cref="UbuntuLatest"/>), a self-hosted label set
/// (<see cref="SelfHosted"/>), or an expression such as <c>${{ matrix.os }}</c>. Strings convert implicitly.
/// </summary>
public sealed record Runner
{
    /// <summary><c>ubuntu-latest</c>.</summary>
    public const string UbuntuLatest = "ubuntu-latest";

    /// <summary><c>ubuntu-24.04</c>.</summary>
    public const string Ubuntu2404 = "ubuntu-24.04";

    /// <summary><c>ubuntu-22.04</c>.</summary>
    public const string Ubuntu2204 = "ubuntu-22.04";

    /// <summary><c>windows-latest</c>.</summary>
    public const string WindowsLatest = "windows-latest";

    /// <summary><c>windows-2022</c>.</summary>
    public const string Windows2022 = "windows-2022";

    /// <summary><c>macos-latest</c>.</summary>
    public const string MacosLatest = "macos-latest";

    /// <summary>The runner labels; a job runs on a runner that has all of them.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Labels of a self-hosted runner, rendered after the implied <c>self-hosted</c> label.</summary>
    public IReadOnlyList<string>? SelfHostedLabels { get; init; }

    /// <summary>A runner group (larger runners, organisation groups).</summary>
    public string? Group { get; init; }

    /// <summary>A self-hosted runner with these labels, e.g. <c>SelfHosted("linux", "x64")</c>.</summary>
    /// <param name="labels">Labels besides <c>self-hosted</c>.</param>
    [ObjectFactory]
    public static Runner SelfHosted([Property(nameof(SelfHostedLabels))] params string[] labels) => new() { SelfHostedLabels = labels };

    /// <summary>A runner with one label or an expression.</summary>
    /// <param name="label">A label such as <c>ubuntu-24.04</c>, or an expression.</param>
    [ObjectFactory]
    public static implicit operator Runner([Property(nameof(Labels))] string label) => FromLabel(label);

    /// <summary>A runner with one label or an expression (the named alternative of the implicit conversion).</summary>
    /// <param name="label">A label such as <c>ubuntu-24.04</c>, or an expression.</param>
    [ObjectFactory]
    public static Runner FromLabel([Property(nameof(Labels))] string label) => new() { Labels = [label] };
}
