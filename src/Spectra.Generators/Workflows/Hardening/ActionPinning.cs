using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Pinning;

namespace Spectra.Generators.Workflows.Hardening;

/// <summary>
/// Replaces a tag or branch in <c>uses:</c> with the commit SHA the pin lock file gives it (SPX4004). A tag can be
/// moved to other code at any time; a commit cannot.
/// </summary>
internal static class ActionPinning
{
    public static StepModel Apply(StepModel step, PinTable pins) =>
        step.Uses is { } uses && Pin(uses, pins) is { } pinned ? step with { Uses = pinned.Uses, PinnedFrom = pinned.From } : step;

    public static ReusableCallModel Apply(ReusableCallModel call, PinTable pins) =>
        Pin(call.Uses, pins) is { } pinned ? call with { Uses = pinned.Uses, PinnedFrom = pinned.From } : call;

    private static (string Uses, string From)? Pin(string uses, PinTable pins)
    {
        var reference = ActionReference.Parse(uses);
        return reference.IsPinned || pins.ShaFor(reference) is not { } sha ? null : (reference.Target + "@" + sha, reference.Ref);
    }
}
