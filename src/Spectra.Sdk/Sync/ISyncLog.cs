using Spectra.Sdk.Diagnostics;

namespace Spectra.Sdk.Sync;

/// <summary>Where the sync reports to: the MSBuild log in a build, a list in tests.</summary>
internal interface ISyncLog
{
    /// <summary>Reports an error or warning.</summary>
    void Report(SpectraDiagnostic diagnostic);

    /// <summary>Reports progress; <paramref name="important"/> messages show at the default verbosity.</summary>
    void Message(string text, bool important);
}
