using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Deployments.Model;

/// <summary>
/// An <c>[Environments]</c> or <c>[Service]</c> class as evaluated values, free of locations: equal declarations
/// render equal files, so the pipeline stops here on edits that change no value.
/// </summary>
internal sealed record DeploymentDeclaration(string TypeName, string Name, EquatableArray<DeclaredMember> Members);

/// <summary>What the transform step yields per class: the values, plus where they came from and what failed.</summary>
internal sealed record DeploymentSource(DeploymentDeclaration Declaration, LocationTable Locations, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A key and value with the path of the value's declaration (labels, annotations).</summary>
internal sealed record LocatedPair(string Key, string Value, string Path);

/// <summary>A string with the path of its declaration.</summary>
internal sealed record LocatedText(string Text, string Path);
