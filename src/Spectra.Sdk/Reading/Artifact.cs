namespace Spectra.Sdk.Reading;

/// <summary>One file the generator embedded in the assembly (decoded from a <c>SpectraArtifactsAttribute</c>).</summary>
/// <param name="Path">The path relative to the repository root, as the generator wrote it (not yet validated).</param>
/// <param name="Content">The complete file text, header included.</param>
/// <param name="DeclaringType">The declaration that produced it, for messages.</param>
internal sealed record Artifact(string Path, string Content, string DeclaringType);
