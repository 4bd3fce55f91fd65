namespace SpectraApi.Pipelines;

/// <summary>Values and step helpers shared by the API's workflows.</summary>
public static class Conventions
{
    public const string Service = "spectra-api";
    public const string Registry = "ghcr.io";
    public const string DotnetVersion = "10.0.x";

    public const string DevUrl = "https://api.dev.spectra.example";
    public const string TstUrl = "https://api.tst.spectra.example";
    public const string StagingUrl = "https://api.stg.spectra.example";
    public const string ProductionUrl = "https://api.spectra.example";

    /// <summary>The readiness endpoint the health checks poll (the same path as the readiness probe in Api.cs).</summary>
    public const string ReadyPath = "/healthz/ready";

    public static string Image => $"{Registry}/spectra-org/{Service}";

    /// <summary>Every job starts the same way; credentials are not left in the git config.</summary>
    public static ActionStep Checkout => Actions.Checkout(persistCredentials: false);
}
