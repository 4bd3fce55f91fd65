using Spectra.Sdk.Paths;
using Xunit;

namespace Spectra.Sdk.Tests.Paths;

public sealed class ArtifactPathValidatorTests
{
    [Theory]
    [InlineData(".github/workflows/ci.yml")]
    [InlineData("deploy/helm/values-prod.yaml")]
    [InlineData("a..b/c.yml")]
    [InlineData(".gitignore")]
    [InlineData("README")]
    public void Plain_relative_paths_are_accepted(string path) =>
        Assert.Null(ArtifactPathValidator.Check(path));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("/etc/passwd", "absolute")]
    [InlineData("C:/Windows/x.yml", "absolute")]
    [InlineData("ci.yml:hidden", "absolute")]
    [InlineData(".github\\workflows\\ci.yml", "backslash")]
    [InlineData("../outside.yml", "'..'")]
    [InlineData("deploy/../../outside.yml", "'..'")]
    [InlineData("deploy/./app.yaml", "'.' segment")]
    [InlineData("deploy//app.yaml", "empty segment")]
    [InlineData("deploy/", "empty segment")]
    [InlineData(".git/config", "inside .git")]
    [InlineData(".GIT/hooks/pre-commit", "inside .git")]
    [InlineData("a\tb.yml", "control character")]
    public void Unsafe_or_non_canonical_paths_are_rejected_with_a_reason(string path, string reason) =>
        Assert.Contains(reason, ArtifactPathValidator.Check(path), System.StringComparison.Ordinal);
}
