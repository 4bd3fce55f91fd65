using Spectra.Generators.Common;
using Spectra.Generators.Platform;
using Spectra.Generators.Values;

namespace Spectra.Generators.Tests.Platform;

/// <summary>Template bodies travel through the assembly as text: the new value kinds must come back equal.</summary>
public sealed class TemplateSerializationTests
{
    [Fact]
    public void Template_with_parameters_text_parts_and_defaults_round_trips()
    {
        var body = new ObjectValue("Spectra.Job", new[]
        {
            new MapEntry("Name", new TemplateStringValue(new Value[] { new StringValue("Build \"quoted\" "), new ParameterValue("project"), new StringValue(": on") }.ToEquatableArray())),
            new MapEntry("Needs", new ListValue(new Value[] { new ParameterValue("after") }.ToEquatableArray())),
        }.ToEquatableArray());
        var template = new TemplateModel(
            new[] { new TemplateParameter("project", null), new TemplateParameter("after", NullValue.Instance), new TemplateParameter("minutes", new NumberValue("20")) }.ToEquatableArray(),
            body);

        var text = ValueSerializer.Serialize(template.Encode());
        var decoded = ValueSerializer.Deserialize(text) is { } value ? TemplateModel.Decode(value) : null;

        Assert.Equal(template, decoded);
        Assert.Null(decoded!.Parameters[0].Default); // "no default" stays apart from "default null"
        Assert.Equal(NullValue.Instance, decoded.Parameters[1].Default);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  leading spaces and a trailing newline\n")]
    [InlineData("${{ secrets.TOKEN }} \"quoted\" 'single' # not a comment")]
    [InlineData("multi\nline\r\nscript\ttab")]
    [InlineData("- a: [b, {c}] &anchor *alias !tag")]
    [InlineData("yes")]
    [InlineData("ünïcødé ✓ \U0001F600")]
    public void Literal_parts_of_template_text_survive_the_round_trip_unchanged(string literal)
    {
        var text = new TemplateStringValue(new Value[] { new StringValue(literal), new ParameterValue(literal.Length == 0 ? "p" : "project"), new StringValue(literal) }.ToEquatableArray());

        Assert.Equal(text, ValueSerializer.Deserialize(ValueSerializer.Serialize(text)));
    }

    [Fact]
    public void Ordinary_member_values_are_not_templates() =>
        Assert.Null(TemplateModel.Decode(new ObjectValue("Spectra.Job", EquatableArray<MapEntry>.Empty)));
}
