using System.Text;

namespace Spectra.Sdk.Files;

/// <summary>
/// Turns generated text into the exact bytes written to disk: UTF-8 without BOM and <c>\n</c> line endings, so a
/// file is byte-identical on every OS and a rebuild can compare bytes to decide whether to write.
/// </summary>
internal static class GeneratedText
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] ToBytes(string content) => Utf8NoBom.GetBytes(Normalize(content));

    /// <summary>Replaces CRLF and lone CR with LF and drops a leading BOM character.</summary>
    public static string Normalize(string content)
    {
        var text = content.Length > 0 && content[0] == '\uFEFF' ? content[1..] : content;
        return text.Replace("\r\n", "\n", System.StringComparison.Ordinal).Replace('\r', '\n');
    }

    /// <summary>Decodes file bytes for a diff; invalid UTF-8 shows as replacement characters, which is fine there.</summary>
    public static string Decode(byte[] bytes) => Utf8NoBom.GetString(bytes);
}
