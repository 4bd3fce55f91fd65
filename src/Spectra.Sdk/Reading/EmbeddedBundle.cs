using System.Collections.Generic;
using Spectra.Sdk.State;

namespace Spectra.Sdk.Reading;

/// <summary>One <c>SpectraArtifactsAttribute</c>: a declaration's files, decoded or skipped as unchanged.</summary>
/// <param name="DeclaringType">The declaration.</param>
/// <param name="PayloadHash">SHA-256 of the payload string, recorded in the sync state.</param>
/// <param name="Files">The decoded files; null when the bundle was skipped.</param>
/// <param name="Unchanged">The bundle as the previous sync wrote it, when skipped; null when decoded.</param>
internal sealed record EmbeddedBundle(string DeclaringType, string PayloadHash, IReadOnlyList<Artifact>? Files, BundleState? Unchanged);
