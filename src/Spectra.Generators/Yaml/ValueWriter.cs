using Spectra.Generators.Values;

namespace Spectra.Generators.Yaml;

/// <summary>Writes free-form values (action inputs, matrix values, input defaults) as YAML.</summary>
internal static class ValueWriter
{
    public static void Write(YamlWriter yaml, Value value)
    {
        switch (value)
        {
            case StringValue s:
                yaml.String(s.Text);
                break;
            case NumberValue n:
                yaml.Number(n.Text);
                break;
            case BoolValue b:
                yaml.Bool(b.Flag);
                break;
            case EnumValue e:
                yaml.String(e.Member.ToLowerInvariant());
                break;
            case ListValue list:
                yaml.StartList();
                foreach (var item in list.Items)
                {
                    Write(yaml, item);
                }

                yaml.EndList();
                break;
            case MapValue map:
                yaml.StartMap();
                foreach (var entry in map.Entries)
                {
                    yaml.UserKey(entry.Key);
                    Write(yaml, entry.Value);
                }

                yaml.EndMap();
                break;
            default:
                yaml.Null();
                break;
        }
    }
}
