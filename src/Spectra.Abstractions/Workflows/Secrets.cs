using Spectra.Factories;

namespace Spectra;

/// <summary>References to repository, organisation or environment secrets. Secret values never appear in declarations.</summary>
public static class Secrets
{
    /// <summary><c>${{ secrets.GITHUB_TOKEN }}</c>, the job's automatic token.</summary>
    public const string GitHubToken = "${{ secrets.GITHUB_TOKEN }}";

    /// <summary>A reference to a secret: <c>${{ secrets.NAME }}</c>.</summary>
    /// <param name="name">The secret's name, e.g. <c>PUBLISH_TOKEN</c>.</param>
    [ExpressionTemplate("${{ secrets.{0} }}")]
    public static string Get(string name) => "${{ secrets." + name + " }}";
}
