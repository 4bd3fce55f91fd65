using Spectra.Sdk.Files;
using Xunit;

namespace Spectra.Sdk.Tests.Files;

public sealed class GeneratedTextTests
{
    [Theory]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("a\rb\r", "a\nb\n")]
    [InlineData("a\r\n\r\nb", "a\n\nb")]
    [InlineData("\uFEFFname: ci\n", "name: ci\n")]
    [InlineData("a\nb\n", "a\nb\n")]
    public void Line_endings_become_LF_and_a_leading_BOM_is_dropped(string input, string expected) =>
        Assert.Equal(expected, GeneratedText.Normalize(input));

    [Fact]
    public void Bytes_are_UTF8_without_a_byte_order_mark()
    {
        var bytes = GeneratedText.ToBytes("é\r\n");

        Assert.Equal(new byte[] { 0xC3, 0xA9, (byte)'\n' }, bytes);
    }
}
