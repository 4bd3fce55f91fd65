namespace Spectra.Sdk.Diagnostics;

/// <summary>The one place that knows where diagnostic documentation lives.</summary>
internal static class HelpLinks
{
    private const string Base = "https://spectra-sdk.github.io/docs/diagnostics/";

    /// <summary>The page that explains <paramref name="id"/> (docs/diagnostics/{id}.md in the repository).</summary>
    public static string For(string id) => Base + id;
}
