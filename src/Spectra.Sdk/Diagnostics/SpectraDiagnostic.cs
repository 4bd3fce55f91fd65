namespace Spectra.Sdk.Diagnostics;

/// <summary>One message for the build log, carried as data so the logic can be tested without MSBuild.</summary>
/// <param name="Id">The SPX id, e.g. <c>SPX9003</c>.</param>
/// <param name="Message">The complete message: what is wrong, which file, and what to do.</param>
/// <param name="File">The file the message is about, shown by MSBuild and IDEs as the location; null if none.</param>
/// <param name="IsWarning">True for a warning; errors fail the build.</param>
internal sealed record SpectraDiagnostic(string Id, string Message, string? File = null, bool IsWarning = false)
{
    /// <summary>The documentation page of this id.</summary>
    public string HelpLink => HelpLinks.For(Id);
}
