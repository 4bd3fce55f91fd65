using Spectra.Generators.Common;

namespace Spectra.Generators.Emit;

/// <summary>
/// The files one declaration renders when it renders many (a service: manifests per environment, a chart, Argo CD
/// applications). They travel and are emitted together: one C# source per declaration keeps hint names unique.
/// </summary>
internal sealed record ArtifactGroup(string DeclaringType, EquatableArray<RenderedArtifact> Artifacts, string? Failure);
