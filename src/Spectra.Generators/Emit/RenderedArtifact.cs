namespace Spectra.Generators.Emit;

/// <summary>One rendered file, or the reason rendering failed (reported as SPX0001).</summary>
internal sealed record RenderedArtifact(string Path, string Content, string DeclaringType, string? Failure);
