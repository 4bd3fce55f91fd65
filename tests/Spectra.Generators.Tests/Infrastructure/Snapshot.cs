using System.Runtime.CompilerServices;
using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;

namespace Spectra.Generators.Tests.Infrastructure;

/// <summary>
/// Expected YAML lives in <c>Snapshots/Class.Test.approved.yml</c> next to the tests (ApprovalTests). The conformance
/// suite feeds every approved file to GitHub's parser and actionlint, so a snapshot is never only our own opinion.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string yaml, [CallerMemberName] string testName = "", [CallerFilePath] string sourceFile = "")
    {
        var className = Path.GetFileNameWithoutExtension(sourceFile);
        var namer = new SnapshotNamer(Path.Combine(Path.GetDirectoryName(sourceFile)!, "..", "Snapshots"), className + "." + testName);
        Approvals.Verify(new ApprovalTextWriter(yaml, "yml"), namer, QuietReporter.INSTANCE);
    }

    private sealed class SnapshotNamer(string directory, string name) : IApprovalNamer
    {
        public string SourcePath => Path.GetFullPath(directory);

        public string Name => name;
    }
}
