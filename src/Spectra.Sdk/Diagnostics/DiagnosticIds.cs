namespace Spectra.Sdk.Diagnostics;

/// <summary>The SPX9xxx ids owned by the SDK and its task. Each has a page under docs/diagnostics/.</summary>
internal static class DiagnosticIds
{
    public const string UnexpectedFailure = "SPX9000";
    public const string GeneratorDidNotRun = "SPX9001";
    public const string InvalidPath = "SPX9002";
    public const string NotGeneratedBySpectra = "SPX9003";
    public const string DuplicatePath = "SPX9004";
    public const string Drift = "SPX9005";
    public const string RepoRootNotFound = "SPX9006";
    public const string StaleFileKept = "SPX9007";

    // SPX9008 (.NET Framework MSBuild cannot run the task) is raised by Sdk.targets itself.
    public const string UnreadableArtifacts = "SPX9009";
}
