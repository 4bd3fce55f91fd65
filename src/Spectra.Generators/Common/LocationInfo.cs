using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Spectra.Generators.Common;

/// <summary>
/// A source location as plain data: <see cref="Location"/> holds a syntax tree, which would keep compilations alive
/// and break equality in pipeline values.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(SyntaxNode node) => From(node.GetLocation());

    public static LocationInfo? From(Location location) =>
        location.SourceTree is null
            ? null
            : new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
}
