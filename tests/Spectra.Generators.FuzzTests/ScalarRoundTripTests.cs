using CsCheck;
using Spectra.Generators.Yaml;
using YamlDotNet.RepresentationModel;

namespace Spectra.Generators.FuzzTests;

/// <summary>
/// Every string Spectra writes, as a value or as a user's key, must read back as the same string. Random strings
/// built from YAML's special characters and the fuzz pools; a failure prints the shrunk string and the YAML.
/// </summary>
public sealed class ScalarRoundTripTests
{
    private static readonly string[] Pieces =
    [
        " ", "  ", "\t", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u00A0", "\0", "\u0007", "\u001B", "#", ":", ": ",
        " #", "-", "- ", "--- ", "...", "\"", "'", "{", "}", "[", "]", "*", "&", "!", "|", ">", "%", "@", "`", "?", ",", "\\", "a", "1", "0",
        ".", "~", "€", "😀", "x", "${{ github.sha }}", "on", "yes", "0644", "1:30",
    ];

    private static readonly Gen<string> Strings = Gen.Frequency(
        (3, Gen.OneOf(Pieces).Array[0, 8].Select(parts => string.Concat(parts))),
        (1, Gen.OneOf(Generation.Pools.TrickyText)),
        (1, Gen.OneOf(Generation.Pools.TrickyText).Array[1, 3].Select(parts => string.Join("\n", parts))));

    [Fact]
    public void Every_string_value_reads_back_unchanged() =>
        Strings.Sample(text => Assert.Equal(text, RoundTrip(text, asKey: false)), iter: 20_000, print: Show);

    [Fact]
    public void Every_user_key_reads_back_unchanged() =>
        Strings.Where(text => text.Length > 0).Sample(text => Assert.Equal(text, RoundTrip(text, asKey: true)), iter: 20_000, print: Show);

    private static string RoundTrip(string text, bool asKey)
    {
        using var writer = new YamlWriter();
        writer.StartMap();
        if (asKey)
        {
            writer.UserKey(text);
            writer.String("value");
        }
        else
        {
            writer.Key("value");
            writer.String(text);
        }

        writer.EndMap();
        var yaml = writer.Finish();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException exception)
        {
            throw new InvalidOperationException("Unreadable YAML:\n" + yaml, exception);
        }

        var map = (YamlMappingNode)stream.Documents[0].RootNode;
        var node = (YamlScalarNode)(asKey ? map.Children.Keys.Single() : map.Children.Values.Single());
        Assert.True(node.Style != YamlDotNet.Core.ScalarStyle.Plain || !ScalarStyles.NeedsQuotes(node.Value!), "Written plain though a reader would not see a string:\n" + yaml);
        return node.Value!;
    }

    private static string Show(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
}
