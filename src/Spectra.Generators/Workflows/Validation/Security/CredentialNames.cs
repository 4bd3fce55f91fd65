using System;

namespace Spectra.Generators.Workflows.Validation.Security;

/// <summary>
/// Which names hold credentials and which values are literal secrets. Names match by whole words
/// (<c>NPM_TOKEN</c>, <c>github-token</c>), never by substring, so <c>TOKEN_FILE</c> or <c>token-format</c> stay
/// quiet; values that cannot be a secret (expressions, booleans, numbers) stay quiet too.
/// </summary>
internal static class CredentialNames
{
    private static readonly string[] Words =
    [
        "TOKEN", "PASSWORD", "PASSWD", "SECRET", "API_KEY", "APIKEY", "PRIVATE_KEY", "ACCESS_KEY", "SECRET_KEY",
        "CLIENT_SECRET", "AUTH_TOKEN", "ACCESS_TOKEN",
    ];

    /// <summary>An input or variable name: <c>token</c>, <c>github-token</c>, <c>NPM_TOKEN</c>, <c>AWS_SECRET_ACCESS_KEY</c>.</summary>
    public static bool IsCredential(string name)
    {
        var normalized = name.ToUpperInvariant().Replace('-', '_');
        foreach (var word in Words)
        {
            if (normalized == word || normalized.EndsWith("_" + word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A value written out in the declaration, as opposed to one GitHub fills in from secrets or variables.</summary>
    public static bool IsLiteralSecret(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || trimmed.IndexOf("${{", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        return !IsFlagOrNumber(trimmed);
    }

    private static bool IsFlagOrNumber(string value)
    {
        switch (value.ToLowerInvariant())
        {
            case "true" or "false" or "yes" or "no" or "on" or "off":
                return true;
        }

        foreach (var c in value)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return value.Length < 8; // a short number is a count or a flag; a long one could be a PIN or key
    }
}
