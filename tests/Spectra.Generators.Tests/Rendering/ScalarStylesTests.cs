using Spectra.Generators.Yaml;
using YamlDotNet.RepresentationModel;

namespace Spectra.Generators.Tests.Rendering;

/// <summary>
/// Every string must read back as the same string, both by YAML 1.2 readers (GitHub) and YAML 1.1 readers
/// (Kubernetes, many tools), whose implicit types include yes/no/on/off, octal 0644 and sexagesimal 1:30.
/// </summary>
public sealed class ScalarStylesTests
{
    public static TheoryData<string> Ambiguous =>
    [
        "on", "On", "ON", "off", "yes", "Yes", "no", "NO", "y", "Y", "n", "N", "true", "False", "null", "Null", "~", "",
        "0644", "010", "0x1F", "0o17", "0b101", "1e3", "1E-3", "1:30", "190:20:30", "3.10", "1.0", ".5", "-7", "+12", "1_000",
        ".inf", "-.Inf", ".nan", "<<", "=",
    ];

    public static TheoryData<string> Ordinary =>
    [
        "main", "ubuntu-24.04", "8.0.x", "v1.2.3", "${{ matrix.os }}", "refs/heads/main", "release/**", "a b", "onward", "yesterday",
    ];

    [Theory]
    [MemberData(nameof(Ambiguous))]
    public void Ambiguous_strings_are_double_quoted(string text)
    {
        Assert.Equal(YamlDotNet.Core.ScalarStyle.DoubleQuoted, ScalarStyles.For(text));
        Assert.Equal(text, RoundTrip(text));
    }

    [Theory]
    [MemberData(nameof(Ordinary))]
    public void Ordinary_strings_stay_plain_and_round_trip(string text)
    {
        Assert.Equal(YamlDotNet.Core.ScalarStyle.Any, ScalarStyles.For(text));
        Assert.Equal(text, RoundTrip(text));
    }

    [Theory]
    [InlineData("*/5 * * * *")]
    [InlineData("{x}")]
    [InlineData("- a")]
    [InlineData("#c")]
    [InlineData(" leading")]
    [InlineData("trailing ")]
    [InlineData("a: b")]
    [InlineData("line one\nline two\n")]
    [InlineData("line one\n\nafter a blank line")]
    [InlineData("tab\there")]
    [InlineData("quote \" and 'single'")]
    [InlineData("emoji ✓ and ünïcödé")]
    public void Special_strings_round_trip_exactly(string text) => Assert.Equal(text, RoundTrip(text));

    private static string RoundTrip(string text)
    {
        using var writer = new YamlWriter();
        writer.StartMap();
        writer.Key("value");
        writer.String(text);
        writer.EndMap();
        var yaml = writer.Finish();

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var node = (YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("value")];
        // A plain scalar that a reader would resolve to another type is a failure even if its text matches.
        Assert.True(node.Style != YamlDotNet.Core.ScalarStyle.Plain || !ScalarStyles.NeedsQuotes(node.Value!), $"'{text}' was written plain: {yaml}");
        return node.Value!;
    }
}
