using System.Collections.Generic;

namespace Spectra;

/// <summary>Builds action steps at run time the same way the generator evaluates helpers at compile time.</summary>
internal static class ActionSteps
{
    public static ActionStep Create(string uses, params (string Input, object? Value)[] inputs)
    {
        Dictionary<string, object>? with = null;
        foreach (var (input, value) in inputs)
        {
            if (value is null)
            {
                continue;
            }

            with ??= [];
            with[input] = value;
        }

        return new ActionStep { Uses = uses, With = with };
    }
}
