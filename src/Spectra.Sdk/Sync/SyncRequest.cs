namespace Spectra.Sdk.Sync;

/// <summary>The inputs of one sync, as MSBuild passes them.</summary>
/// <param name="AssemblyFile">The compiled declarations assembly.</param>
/// <param name="RepoRoot">SpectraRepoRoot; empty to find the directory that contains .git.</param>
/// <param name="ProjectDirectory">Where to start looking for the repository root.</param>
/// <param name="ManifestFile">The manifest of files this project generated.</param>
/// <param name="Verify">True to check the disk and write nothing.</param>
internal sealed record SyncRequest(
    string AssemblyFile, string? RepoRoot, string ProjectDirectory, string ManifestFile, bool Verify);
