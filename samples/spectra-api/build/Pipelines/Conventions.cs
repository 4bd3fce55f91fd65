namespace SpectraApi.Pipelines;

/// <summary>Values and step helpers shared by the API's workflows.</summary>
public static class Conventions
{
    public const string Service = "spectra-api";
    public const string Registry = "ghcr.io";
    public const string DotnetVersion = "10.0.x";

    public static string Image => $"{Registry}/spectra-org/{Service}";

    /// <summary>Every job starts the same way; credentials are not left in the git config.</summary>
    public static ActionStep Checkout => Actions.Checkout(persistCredentials: false);

    public static Step Deploy(string environment, string ns) =>
        Step.Run($"kubectl apply --namespace {ns} -f deploy/{Service}/{environment}/manifests.yaml") with { Name = $"Apply {environment} manifests" };

    public static Step WaitForRollout(string ns) =>
        Step.Run($"kubectl rollout status deployment/{Service} --namespace {ns} --timeout 5m") with { Name = "Wait for rollout" };
}
