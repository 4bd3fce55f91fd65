using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Spectra.Generators.Tests.Infrastructure;

/// <summary>An MSBuild AdditionalFiles item as the compiler hands it to the generator.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
