using System.Collections.Generic;

namespace Spectra;

/// <summary>An input of a manually dispatched or reusable workflow.</summary>
public sealed record WorkflowInput
{
    /// <summary>Shown to whoever runs the workflow.</summary>
    public string? Description { get; init; }

    /// <summary>Whether a value must be supplied.</summary>
    public bool? Required { get; init; }

    /// <summary>The input's type; <see cref="InputType.String"/> when omitted.</summary>
    public InputType? Type { get; init; }

    /// <summary>The default value: a string, number or bool matching <see cref="Type"/>.</summary>
    public object? Default { get; init; }

    /// <summary>The allowed values of a <see cref="InputType.Choice"/> input.</summary>
    public IReadOnlyList<string>? Options { get; init; }
}
