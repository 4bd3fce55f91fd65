using System.Collections.Generic;
using System.Globalization;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Pinning;

namespace Spectra.Generators.Workflows.Validation.Security;

/// <summary>
/// SPX4006: a major version of a well-known action that runs on Node.js 16 or older. GitHub runs such actions on
/// Node.js 20 since June 2024, which some of them were never tested on; their newer majors are built for it.
/// </summary>
internal static class ActionRuntimeRules
{
    /// <summary>The first major version of each action that declares <c>using: node20</c>.</summary>
    private static readonly Dictionary<string, int> FirstNode20Major = new()
    {
        ["actions/checkout"] = 4,
        ["actions/setup-node"] = 4,
        ["actions/setup-dotnet"] = 4,
        ["actions/setup-java"] = 4,
        ["actions/setup-python"] = 5,
        ["actions/setup-go"] = 5,
        ["actions/cache"] = 4,
        ["actions/upload-artifact"] = 4,
        ["actions/download-artifact"] = 4,
        ["actions/github-script"] = 7,
        ["docker/login-action"] = 3,
        ["docker/setup-buildx-action"] = 3,
        ["docker/setup-qemu-action"] = 3,
        ["docker/metadata-action"] = 5,
        ["docker/build-push-action"] = 5,
        ["github/codeql-action"] = 3,
    };

    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        foreach (var job in workflow.Jobs)
        {
            foreach (var step in job.Steps)
            {
                if (step.Uses is { } uses && Retired(uses) is { } replacement)
                {
                    issues.Add(Issue.Create(DiagnosticDescriptors.RetiredActionRuntime, ValuePath.Field(step.Path, "Uses"), uses, "Node.js 16 or older", replacement));
                }
            }
        }
    }

    /// <summary>The reference to use instead, or null when the version is current or unknown (a branch, a SHA).</summary>
    private static string? Retired(string uses)
    {
        var reference = ActionReference.Parse(uses);
        if (reference.Kind != ActionReferenceKind.Remote
            || !FirstNode20Major.TryGetValue(reference.Repository, out var current)
            || Major(reference.Ref) is not { } major
            || major >= current)
        {
            return null;
        }

        var replacement = reference.Target + "@v" + current.ToString(CultureInfo.InvariantCulture);
        return reference.Repository is "actions/upload-artifact" or "actions/download-artifact"
            ? replacement + " (v3 and older no longer work at all: GitHub shut down their artifact service)"
            : replacement;
    }

    /// <summary><c>v3</c>, <c>v3.5.2</c> and <c>3</c> are major 3; a branch name or SHA has none.</summary>
    private static int? Major(string version)
    {
        var text = version.StartsWith("v", System.StringComparison.Ordinal) ? version.Substring(1) : version;
        var dot = text.IndexOf('.');
        var digits = dot >= 0 ? text.Substring(0, dot) : text;
        return digits.Length is > 0 and < 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : null;
    }
}
