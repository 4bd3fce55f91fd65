using Microsoft.CodeAnalysis;

namespace Spectra.Generators.Common;

/// <summary>A diagnostic as data: which descriptor, where, and the message arguments (all strings, so equatable).</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatableArray());
}
