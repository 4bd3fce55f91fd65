using static SpectraApi.Pipelines.Conventions;

namespace SpectraApi.Pipelines;

/// <summary>
/// The job env the org's release steps read (see Platform.Delivery.cs in the platform package): which service, which
/// environment, which image, and where its health endpoint answers.
/// </summary>
public static class Releases
{
    /// <summary>Releasing the image built in this run (the job must need build-image) to <paramref name="target"/>.</summary>
    public static Dictionary<string, string> BuiltImage(string target, string baseUrl) => new()
    {
        ["SERVICE"] = Service,
        ["TARGET_ENV"] = target,
        ["IMAGE_TAG"] = "sha-${{ github.sha }}",
        ["IMAGE_DIGEST"] = "${{ needs.build-image.outputs.digest }}",
        ["HEALTH_URL"] = baseUrl + ReadyPath,
    };

    /// <summary>Promoting the image <paramref name="source"/> runs to <paramref name="target"/>.</summary>
    public static Dictionary<string, string> Promotion(string source, string target, string baseUrl) => new()
    {
        ["SERVICE"] = Service,
        ["SOURCE_ENV"] = source,
        ["TARGET_ENV"] = target,
        ["HEALTH_URL"] = baseUrl + ReadyPath,
    };
}
