using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace Spectra.Conformance.Tests.Infrastructure;

/// <summary>What a node process did: exit code and both output streams, in full.</summary>
public sealed record NodeRunResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed);

/// <summary>Runs `node script args...` in tests/conformance with a hard timeout.</summary>
public static class NodeScriptRunner
{
    /// <summary>Generous: one run validates every generated file; a hang must still fail the test, not CI.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    public static async Task<NodeRunResult> RunAsync(string script, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryLayout.ConformanceDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(RepositoryLayout.ConformanceDirectory, script));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Start(startInfo);
        // Read both streams concurrently: a full stderr pipe would otherwise block node while we wait on stdout.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? DefaultTimeout;
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(limit)).ConfigureAwait(false) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new ConformanceToolException(
                $"node {script} did not finish within {limit.TotalSeconds:0} s and was killed.");
        }

        return new NodeRunResult(
            process.ExitCode,
            await stdout.ConfigureAwait(false),
            await stderr.ConfigureAwait(false),
            stopwatch.Elapsed);
    }

    private static Process Start(ProcessStartInfo startInfo)
    {
        try
        {
            return Process.Start(startInfo)
                ?? throw new ConformanceToolException("Process.Start returned no process for node.");
        }
        catch (Win32Exception ex)
        {
            throw new ConformanceToolException(
                "Could not start `node`: the conformance tests need Node.js 20+ on PATH.", ex);
        }
    }
}
