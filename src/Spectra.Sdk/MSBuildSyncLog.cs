using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Spectra.Sdk.Diagnostics;
using Spectra.Sdk.Sync;

namespace Spectra.Sdk;

/// <summary>Reports sync diagnostics to MSBuild with their SPX code, help link and file.</summary>
internal sealed class MSBuildSyncLog(TaskLoggingHelper log) : ISyncLog
{
    public void Report(SpectraDiagnostic diagnostic)
    {
        // No message arguments: generated text contains braces (`${{ }}`), which must not be read as a format.
        if (diagnostic.IsWarning)
        {
            log.LogWarning(null, diagnostic.Id, diagnostic.Id, diagnostic.HelpLink, diagnostic.File, 0, 0, 0, 0, diagnostic.Message);
        }
        else
        {
            log.LogError(null, diagnostic.Id, diagnostic.Id, diagnostic.HelpLink, diagnostic.File, 0, 0, 0, 0, diagnostic.Message);
        }
    }

    public void Message(string text, bool important) =>
        log.LogMessage(important ? MessageImportance.High : MessageImportance.Normal, text);
}
