using Spectra.Generators.Common;

namespace Spectra.Generators.Workflows.Model;

/// <summary>
/// A problem found by parsing or validation, located by value path rather than by source location, so that the
/// validation step's output stays equal when code merely moves. The diagnostics step turns paths into locations.
/// </summary>
internal sealed record Issue(string DescriptorId, string Path, EquatableArray<string> Arguments)
{
    public static Issue Create(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string path, params string[] arguments) =>
        new(descriptor.Id, path, arguments.ToEquatableArray());
}
