using Microsoft.CodeAnalysis;

namespace Spectra.Generators.Tests.Infrastructure;

/// <summary>
/// The pin lock file every test repository has unless a test passes its own files, as a real repository would:
/// without it each action of the shared sources would raise SPX4004. The actions/* and docker/* SHAs are the
/// commits of the releases named in the comments; the others are placeholders (contoso is not a real owner).
/// </summary>
internal static class TestPins
{
    public const string Path = "/repo/spectra-pins.json";

    public const string Json = """
        {
          "$comment": "checkout v4.2.2, setup-dotnet v4.3.1, cache v4.2.3, upload-artifact v4.6.2, buildx v3.11.1, login v3.4.0, metadata v5.7.0, build-push v6.18.0, github-script v7.0.1",
          "actions/checkout@v4": "11bd71901bbe5b1630ceea73d27597364c9af683",
          "actions/setup-dotnet@v4": "67a3573c9a986a3f9c594539f4ab511d57bb3ce9",
          "actions/cache@v4": "5a3ec84eff668545956fd18022155c47e93e2684",
          "actions/upload-artifact@v4": "ea165f8d65b6e75b540449e92b4886f43607fa02",
          "docker/setup-buildx-action@v3": "e468171a9de216ec08956ac3ada2f0791b6bd435",
          "docker/login-action@v3": "74a5d142397b4f367a81961eba4e8cd7edddf772",
          "docker/metadata-action@v5": "902fa8ec7d6ecbf8d84d538b9b233a880e428804",
          "docker/build-push-action@v6": "263435318d21b8e681c14492fe198d362a7d2c83",
          "actions/github-script@v7": "60a0d83039c74a4aee543508d2ffcb1c3799cdea",
          "a/b@v1": "0000000000000000000000000000000000000001",
          "azure/setup-kubectl@v4": "0000000000000000000000000000000000000002",
          "azure/k8s-set-context@v4": "0000000000000000000000000000000000000003",
          "aquasecurity/trivy-action@0.28.0": "0000000000000000000000000000000000000004",
          "github/codeql-action/upload-sarif@v3": "0000000000000000000000000000000000000005",
          "github/codeql-action/init@v3": "0000000000000000000000000000000000000008",
          "github/codeql-action/analyze@v3": "0000000000000000000000000000000000000009",
          "gitleaks/gitleaks-action@v2": "0000000000000000000000000000000000000006",
          "contoso/platform/.github/workflows/publish.yml@v2": "0000000000000000000000000000000000000007"
        }
        """;

    public static AdditionalText LockFile { get; } = new InMemoryAdditionalText(Path, Json);
}
