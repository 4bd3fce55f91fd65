using Spectra.Generators.Values;

namespace Spectra.Generators.Deployments.Validation;

/// <summary>Paths of parts of a model element, for rules that point below the element itself.</summary>
internal static class Models
{
    public static string Field(string elementPath, string field) => ValuePath.Field(elementPath, field);
}
