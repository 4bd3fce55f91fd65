namespace Spectra.EndToEnd.Tests.Infrastructure;

/// <summary>How a command ended: its exit code and everything it printed (stdout and stderr interleaved).</summary>
internal sealed record ProcessResult(string Command, int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>For assertion messages: the command and its output.</summary>
    public override string ToString() => $"$ {Command}\n(exit {ExitCode})\n{Output}";
}
