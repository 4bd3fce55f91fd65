using System.Collections.Generic;
using System.Linq;
using Spectra.Sdk.Diagnostics;
using Spectra.Sdk.Sync;

namespace Spectra.Sdk.Tests.Infrastructure;

/// <summary>Collects what the sync reports, for assertions.</summary>
internal sealed class ListSyncLog : ISyncLog
{
    public List<SpectraDiagnostic> Diagnostics { get; } = [];

    public List<string> Messages { get; } = [];

    public IEnumerable<SpectraDiagnostic> Errors => Diagnostics.Where(d => !d.IsWarning);

    public IEnumerable<string> Ids => Diagnostics.Select(d => d.Id);

    public void Report(SpectraDiagnostic diagnostic) => Diagnostics.Add(diagnostic);

    public void Message(string text, bool important) => Messages.Add(text);
}
