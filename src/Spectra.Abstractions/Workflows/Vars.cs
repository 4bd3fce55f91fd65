using Spectra.Factories;

namespace Spectra;

/// <summary>References to configuration variables (<c>vars</c> context).</summary>
public static class Vars
{
    /// <summary>A reference to a variable: <c>${{ vars.NAME }}</c>.</summary>
    /// <param name="name">The variable's name.</param>
    [ExpressionTemplate("${{ vars.{0} }}")]
    public static string Get(string name) => "${{ vars." + name + " }}";
}
