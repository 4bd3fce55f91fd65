using System;

namespace Spectra.Conformance.Tests.Infrastructure;

/// <summary>
/// A validator could not do its job (crash, usage error, timeout, output that is not the JSON-lines contract).
/// Distinct from findings so that a broken tool can never be mistaken for a clean pass.
/// </summary>
public sealed class ConformanceToolException : Exception
{
    public ConformanceToolException(string message)
        : base(message)
    {
    }

    public ConformanceToolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConformanceToolException()
    {
    }
}
