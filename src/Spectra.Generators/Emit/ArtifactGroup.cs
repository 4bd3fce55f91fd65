using Spectra.Generators.Common;

namespace Spectra.Generators.Emit;

/// <summary>
/// The files one declaration renders (a workflow: one; a service: manifests per environment, a chart, Argo CD
/// applications), and their encoded <see cref="Payload"/>, or the reason rendering failed (reported as SPX0001).
/// They travel and are emitted together, as one attribute per declaration.
/// </summary>
/// <remarks>
/// The payload is encoded when the group is made, so it lives wherever the group is cached: a new generator driver
/// that finds the group in the render cache (Caching/RenderCaches.cs) does not compress it again. It is derived from
/// the files, so it never makes two groups with equal files unequal.
/// </remarks>
internal sealed record ArtifactGroup(string DeclaringType, EquatableArray<RenderedArtifact> Artifacts, string Payload, string? Failure)
{
    public static ArtifactGroup Of(string declaringType, EquatableArray<RenderedArtifact> artifacts) =>
        new(declaringType, artifacts, artifacts.IsEmpty ? "" : ArtifactPayload.Encode(artifacts), null);

    public static ArtifactGroup Failed(string declaringType, string failure) =>
        new(declaringType, EquatableArray<RenderedArtifact>.Empty, "", failure);

    /// <summary>A workflow's single file, or its failure.</summary>
    public static ArtifactGroup Of(RenderedArtifact artifact) =>
        artifact.Failure is { } failure
            ? Failed(artifact.DeclaringType, failure)
            : Of(artifact.DeclaringType, new[] { artifact }.ToEquatableArray());
}
