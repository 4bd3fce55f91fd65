using Spectra.Generators.Common;
using Spectra.Generators.Values;

namespace Spectra.Generators.Workflows.Model;

/// <summary>
/// A <c>[Workflow]</c> class as evaluated values, free of locations: the input of parsing and rendering.
/// Equal declarations render equal files, so this is where the incremental pipeline stops on unrelated edits.
/// </summary>
internal sealed record WorkflowDeclaration(string TypeName, string WorkflowId, EquatableArray<DeclaredMember> Members);

/// <summary>One static member of a workflow class and its value (null when it could not be evaluated).</summary>
internal sealed record DeclaredMember(string Name, string DeclarationId, string TypeName, bool IsJob, Value? Value);

/// <summary>What the transform step yields per workflow class: the values, plus where they came from and what failed.</summary>
internal sealed record WorkflowSource(WorkflowDeclaration Declaration, LocationTable Locations, EquatableArray<DiagnosticInfo> Diagnostics);
