using System;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Spectra.Sdk.Diagnostics;
using Spectra.Sdk.Sync;

namespace Spectra.Sdk;

/// <summary>
/// Writes the files embedded in a Spectra declarations assembly into the repository, or in verify mode fails the
/// build when the repository does not match. The work is done by <see cref="ArtifactSync"/>; this class only
/// adapts MSBuild's inputs and log.
/// </summary>
public sealed class WriteArtifactsTask : Task
{
    /// <summary>The compiled declarations assembly (<c>@(IntermediateAssembly)</c>).</summary>
    [Required]
    public string AssemblyFile { get; set; } = string.Empty;

    /// <summary>The directory generated paths are relative to; empty to use the nearest one containing <c>.git</c>.</summary>
    public string? RepoRoot { get; set; }

    /// <summary>The project directory: where the search for the repository root starts.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The committed list of files this project generated.</summary>
    [Required]
    public string ManifestFile { get; set; } = string.Empty;

    /// <summary>True to check the repository and write nothing (CI's drift check).</summary>
    public bool Verify { get; set; }

    /// <summary>
    /// After a successful run, the absolute repository root the generated paths were resolved against; empty when
    /// none was needed or found. The SDK records it in its stamp: MSBuild can find a <c>.git</c> file above the
    /// project but not a <c>.git</c> directory, so only the task knows where the generated files are.
    /// </summary>
    [Output]
    public string ResolvedRepoRoot { get; private set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        var log = new MSBuildSyncLog(Log);
        try
        {
            var request = new SyncRequest(AssemblyFile, RepoRoot, ProjectDirectory, ManifestFile, Verify);
            if (!ArtifactSync.Run(request, log) || Log.HasLoggedErrors)
            {
                return false;
            }

            ResolvedRepoRoot = ArtifactSync.ResolveRepoRoot(request) ?? string.Empty;
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException
                                              or BadImageFormatException or InvalidDataException
                                              or InvalidOperationException)
        {
            // Expected failures of a file-writing task become one clear SPX error instead of a stack trace.
            log.Report(DiagnosticCatalog.UnexpectedFailure(exception));
            return false;
        }
    }
}
