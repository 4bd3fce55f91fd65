namespace Spectra.Sdk.Diagnostics;

/// <summary>The one place that knows where diagnostic documentation lives.</summary>
internal static class HelpLinks
{
    // The pages live in the repository next to the code, so the link always matches the version that reported it.
    private const string Base = "https://github.com/spectra-sdk/spectra/blob/main/docs/diagnostics/";

    /// <summary>The page that explains <paramref name="id"/> (docs/diagnostics/{id}.md in the repository).</summary>
    public static string For(string id) => Base + id + ".md";
}
