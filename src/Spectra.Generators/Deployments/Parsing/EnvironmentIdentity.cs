using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Values;

namespace Spectra.Generators.Deployments.Parsing;

/// <summary>
/// Lists of environments (<c>DeployTo = [Environments.Dev]</c>) evaluate to the environments' values; names are
/// unique (SPX5001), so the name identifies the declaration.
/// </summary>
internal static class EnvironmentIdentity
{
    public static string? Of(Value item, EnvironmentSetModel environments)
    {
        if (item is not ObjectValue { TypeName: Evaluation.KnownNames.DeploymentEnvironment } environment || environment["Name"] is not StringValue name)
        {
            return null;
        }

        foreach (var candidate in environments.Environments)
        {
            if (candidate.Name == name.Text)
            {
                return candidate.DeclarationId;
            }
        }

        return null;
    }
}
