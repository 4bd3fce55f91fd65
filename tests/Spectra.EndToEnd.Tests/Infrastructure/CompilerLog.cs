using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Spectra.EndToEnd.Tests.Infrastructure;

/// <summary>What a detailed (<c>-v:d</c>) build log says about the compiler it ran.</summary>
internal static partial class CompilerLog
{
    /// <summary>The one csc command line the log holds.</summary>
    public static string CommandLine(ProcessResult build)
    {
        var lines = build.Output.Split('\n').Where(line => CompilerLine().IsMatch(line)).ToList();
        Assert.True(lines.Count == 1, $"expected one csc command line, found {lines.Count}.\n{build}");
        return lines[0];
    }

    /// <summary>The file names of the command line's <c>/analyzer:</c> arguments.</summary>
    public static string[] AnalyzerFileNames(string commandLine) =>
        AnalyzerArgument().Matches(commandLine).Select(match => Path.GetFileNameWithoutExtension(match.Groups["path"].Value)).ToArray();

    /// <summary>The directory of the csc the log names: the compiler server's VBCSCompiler sits next to it.</summary>
    public static string? CompilerDirectory(ProcessResult build)
    {
        var match = CompilerLine().Match(build.Output);
        return match.Success ? match.Groups["directory"].Value : null;
    }

    [GeneratedRegex(@"(?<directory>\S+)[/\\]csc(\.exe|\.dll)?""? /noconfig ")]
    private static partial Regex CompilerLine();

    [GeneratedRegex(@"/analyzer:(""(?<path>[^""]+)""|(?<path>\S+))")]
    private static partial Regex AnalyzerArgument();
}
