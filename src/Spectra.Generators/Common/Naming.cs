using System.Text;

namespace Spectra.Generators.Common;

/// <summary>C# member names to the spellings GitHub uses: <c>BuildImage</c> → <c>build-image</c> or <c>build_image</c>.</summary>
internal static class Naming
{
    public static string Kebab(string pascal) => Separate(pascal, '-');

    public static string Snake(string pascal) => Separate(pascal, '_');

    private static string Separate(string pascal, char separator)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            var startsWord = i > 0 && char.IsUpper(c) &&
                (char.IsLower(pascal[i - 1]) || char.IsDigit(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1])));
            if (startsWord && pascal[i - 1] != separator && pascal[i - 1] != '_')
            {
                builder.Append(separator);
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
