namespace Spectra;

/// <summary>An access level of a <see cref="Permissions"/> scope.</summary>
public enum Access
{
    /// <summary>No access.</summary>
    None,

    /// <summary>Read access.</summary>
    Read,

    /// <summary>Read and write access.</summary>
    Write,
}
