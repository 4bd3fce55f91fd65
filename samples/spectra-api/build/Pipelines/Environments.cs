namespace SpectraApi.Pipelines;

/// <summary>The deployment environments of the API, in promotion order. Protection rules live in GitHub's settings.</summary>
public static class Environments
{
    public static DeploymentEnvironment Staging => new("staging") { Url = "https://api.stg.spectra.example" };

    public static DeploymentEnvironment Production => new("production") { Url = "https://api.spectra.example" };
}
