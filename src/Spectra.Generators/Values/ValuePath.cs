namespace Spectra.Generators.Values;

/// <summary>Paths name a value inside a declaration: <c>Ci.Test.Steps[1].With[dotnet-version]</c>.</summary>
internal static class ValuePath
{
    public static string Field(string parent, string field) => parent + "." + field;

    public static string Index(string parent, int index) => parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    public static string Key(string parent, string key) => parent + "[" + key + "]";

    /// <summary>The key expression of a dictionary entry (<c>["GITHUB_TOKEN"]</c>), apart from its value.</summary>
    public static string KeyName(string entryPath) => entryPath + ".<key>";

    /// <summary>The enclosing path, or an empty string at the root.</summary>
    public static string Parent(string path)
    {
        var depth = 0;
        for (var i = path.Length - 1; i >= 0; i--)
        {
            switch (path[i])
            {
                case ']':
                    depth++;
                    break;
                case '[' when --depth == 0:
                    return path.Substring(0, i);
                case '.' when depth == 0:
                    return path.Substring(0, i);
            }
        }

        return "";
    }
}
