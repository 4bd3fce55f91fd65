using System.Linq;
using Microsoft.CodeAnalysis;

namespace Spectra.Generators.Evaluation;

internal static class SymbolExtensions
{
    private static readonly SymbolDisplayFormat FullNameFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);

    /// <summary><c>Namespace.Outer.Inner</c>, without <c>global::</c>.</summary>
    public static string FullName(this ISymbol symbol) => symbol.ToDisplayString(FullNameFormat);

    public static AttributeData? FindAttribute(this ISymbol symbol, string metadataName) =>
        symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.FullName() == metadataName);

    public static string? FirstStringArgument(this AttributeData attribute) =>
        attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;

    public static bool DerivesFrom(this ITypeSymbol? type, string baseTypeName)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.FullName() == baseTypeName)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsDictionary(this ITypeSymbol type) =>
        type.AllInterfaces.Append(type).Any(i => i.OriginalDefinition.FullName() is "System.Collections.Generic.IDictionary<TKey, TValue>" or "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>");

    public static bool IsSequence(this ITypeSymbol type) =>
        type.SpecialType != SpecialType.System_String &&
        (type is IArrayTypeSymbol ||
         type.AllInterfaces.Append(type).Any(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T));
}
