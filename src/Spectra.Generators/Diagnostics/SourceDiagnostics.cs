using Spectra.Generators.Common;
using Spectra.Generators.Values;

namespace Spectra.Generators.Diagnostics;

/// <summary>One declaration's evaluation diagnostics and location table: the input of diagnostic reporting.</summary>
internal sealed record SourceDiagnostics(LocationTable Locations, EquatableArray<DiagnosticInfo> Diagnostics);
