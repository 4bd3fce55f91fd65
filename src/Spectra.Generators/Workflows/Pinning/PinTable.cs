using System;
using Spectra.Generators.Common;

namespace Spectra.Generators.Workflows.Pinning;

/// <summary>
/// The commit SHAs that the repository's pin lock file assigns to action references. Free of locations, so moving a
/// line of the lock file re-renders nothing.
/// </summary>
internal sealed record PinTable(EquatableArray<ActionPin> Pins)
{
    public static readonly PinTable Empty = new(EquatableArray<ActionPin>.Empty);

    /// <summary>The SHA for a remote reference such as <c>actions/checkout@v4</c>, or null when the file has none.</summary>
    public string? ShaFor(ActionReference reference)
    {
        if (reference.Kind != ActionReferenceKind.Remote)
        {
            return null;
        }

        var key = reference.PinKey;
        foreach (var pin in Pins)
        {
            if (string.Equals(pin.Reference, key, StringComparison.Ordinal))
            {
                return pin.Sha;
            }
        }

        return null;
    }
}

/// <summary>One lock file entry: <c>"actions/checkout@v4": "11bd…"</c>, with the reference in its lookup form.</summary>
internal sealed record ActionPin(string Reference, string Sha);
