namespace Spectra.Generators.Deployments.Parsing;

/// <summary>Member names and value paths of deployment declarations that parsing and rules share.</summary>
internal static class DeploymentPaths
{
    public const string Promotion = "Promotion";
    public const string DeployTo = "DeployTo";

    /// <summary>The path of the <c>[Service("name")]</c> argument.</summary>
    public static string Name(string typeName) => typeName + ".<name>";

    /// <summary>Where the key <c>[Environments.Prd]</c> of an override was written.</summary>
    public static string OverrideKey(string overridePath) => overridePath + ".<key>";
}
