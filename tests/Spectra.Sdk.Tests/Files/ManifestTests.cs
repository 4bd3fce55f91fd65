using Spectra.Sdk.Files;
using Xunit;

namespace Spectra.Sdk.Tests.Files;

public sealed class ManifestTests
{
    [Fact]
    public void Rendered_manifest_starts_with_comments_and_lists_paths_sorted_ordinally_once_each()
    {
        var text = Manifest.Render(["deploy/b.yaml", ".github/workflows/ci.yml", "Deploy/A.yaml", "deploy/b.yaml"]);

        var lines = text.Split('\n');
        Assert.StartsWith("# Spectra manifest", lines[0], System.StringComparison.Ordinal);
        Assert.Contains("commit it", text, System.StringComparison.Ordinal);
        Assert.Equal([".github/workflows/ci.yml", "Deploy/A.yaml", "deploy/b.yaml", ""], lines[2..]);
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public void Parsing_ignores_comments_blank_lines_and_CRLF()
    {
        var entries = Manifest.Parse("# comment\r\n\r\n.github/workflows/ci.yml\r\n  deploy/app.yaml  \n");

        Assert.Equal([".github/workflows/ci.yml", "deploy/app.yaml"], entries);
    }

    [Fact]
    public void Parsing_a_rendered_manifest_returns_its_paths()
    {
        string[] paths = ["a.yml", "b/c.yml"];

        Assert.Equal(paths, Manifest.Parse(Manifest.Render(paths)));
    }
}
