using System;
using System.Collections.Generic;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// The labels of GitHub's standard and larger hosted runners (docs "GitHub-hosted runners reference" and the
/// actions/runner-images README, checked in 2026), and the operating system a job's labels imply. Retired images
/// (ubuntu-20.04, windows-2019, macos-13) are left out on purpose: a job asking for them never starts.
/// </summary>
internal static class HostedRunners
{
    public const string Linux = "Linux";
    public const string Windows = "Windows";
    public const string MacOS = "macOS";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ubuntu-latest"] = Linux,
        ["ubuntu-slim"] = Linux,
        ["ubuntu-26.04"] = Linux,
        ["ubuntu-24.04"] = Linux,
        ["ubuntu-22.04"] = Linux,
        ["ubuntu-26.04-arm"] = Linux,
        ["ubuntu-24.04-arm"] = Linux,
        ["ubuntu-22.04-arm"] = Linux,
        ["windows-latest"] = Windows,
        ["windows-2025"] = Windows,
        ["windows-2025-vs2026"] = Windows,
        ["windows-2022"] = Windows,
        ["windows-11-arm"] = Windows,
        ["macos-latest"] = MacOS,
        ["macos-latest-large"] = MacOS,
        ["macos-latest-xlarge"] = MacOS,
        ["macos-26"] = MacOS,
        ["macos-26-large"] = MacOS,
        ["macos-26-xlarge"] = MacOS,
        ["macos-26-intel"] = MacOS,
        ["macos-15"] = MacOS,
        ["macos-15-large"] = MacOS,
        ["macos-15-xlarge"] = MacOS,
        ["macos-15-intel"] = MacOS,
        ["macos-14"] = MacOS,
        ["macos-14-large"] = MacOS,
        ["macos-14-xlarge"] = MacOS,
    };

    /// <summary>The default labels every self-hosted runner gets besides <c>self-hosted</c>: valid to ask for on their own.</summary>
    private static readonly HashSet<string> SelfHostedDefaultLabels = new(StringComparer.OrdinalIgnoreCase) { "linux", "windows", "macos", "x64", "arm", "arm64" };

    /// <summary>A GitHub-hosted label, or a default label of self-hosted runners.</summary>
    public static bool IsKnown(string label) => Labels.ContainsKey(label) || SelfHostedDefaultLabels.Contains(label);

    /// <summary>Self-hosted runners and runner groups may carry any label: only GitHub-hosted label sets are checked.</summary>
    public static bool MayBeSelfHostedOrGroup(RunnerModel runner)
    {
        if (runner.Group is not null)
        {
            return true;
        }

        foreach (var label in runner.Labels)
        {
            if (string.Equals(label, "self-hosted", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Linux, Windows or macOS when the labels say so: a hosted label (<c>windows-2022</c>), a hosted-style prefix
    /// (<c>ubuntu-</c>, <c>windows-</c>, <c>macos-</c>), or a self-hosted runner's OS label (<c>linux</c>). Null when
    /// unknown, e.g. for <c>${{ matrix.os }}</c> or labels that contradict each other.
    /// </summary>
    public static string? OperatingSystem(RunnerModel? runner)
    {
        string? found = null;
        foreach (var label in runner?.Labels ?? default)
        {
            var os = Labels.TryGetValue(label, out var known) ? known : FromPrefix(label.ToLowerInvariant());
            if (os is null)
            {
                continue;
            }

            if (found is not null && found != os)
            {
                return null;
            }

            found = os;
        }

        return found;
    }

    private static string? FromPrefix(string label) =>
        label.StartsWith("ubuntu-", StringComparison.Ordinal) || label == "linux" ? Linux
        : label.StartsWith("windows-", StringComparison.Ordinal) || label == "windows" ? Windows
        : label.StartsWith("macos-", StringComparison.Ordinal) || label == "macos" ? MacOS
        : null;
}
