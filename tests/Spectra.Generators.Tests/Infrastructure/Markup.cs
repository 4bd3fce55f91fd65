using Microsoft.CodeAnalysis.Text;

namespace Spectra.Generators.Tests.Infrastructure;

/// <summary>Sources with one span marked as <c>[|...|]</c>: where a diagnostic is expected.</summary>
internal static class Markup
{
    public static (string Source, TextSpan Span) Parse(string markup)
    {
        var start = markup.IndexOf("[|", StringComparison.Ordinal);
        var end = markup.IndexOf("|]", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "The test source must mark the expected span with [| |].");
        var source = markup.Remove(end, 2).Remove(start, 2);
        return (source, new TextSpan(start, end - start - 2));
    }
}
