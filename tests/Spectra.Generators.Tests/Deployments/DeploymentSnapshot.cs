using System.Runtime.CompilerServices;
using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;

namespace Spectra.Generators.Tests.Deployments;

/// <summary>
/// Snapshots of the deployment side, named so the conformance gate picks up what it can validate:
/// <c>*.approved.k8s.yaml</c> (manifests and Argo CD applications) go through the Kubernetes schemas; values,
/// schemas and templates are compared only here.
/// </summary>
internal static class DeploymentSnapshot
{
    public static void Verify(string text, string extension, [CallerMemberName] string testName = "", [CallerFilePath] string sourceFile = "")
    {
        var className = Path.GetFileNameWithoutExtension(sourceFile);
        var namer = new Namer(Path.Combine(Path.GetDirectoryName(sourceFile)!, "..", "Snapshots"), className + "." + testName);
        Approvals.Verify(new ApprovalTextWriter(text, extension), namer, QuietReporter.INSTANCE);
    }

    private sealed class Namer(string directory, string name) : IApprovalNamer
    {
        public string SourcePath => Path.GetFullPath(directory);

        public string Name => name;
    }
}
