using System.Globalization;
using System.Text;

namespace Spectra.Generators.Json;

/// <summary>
/// A minimal indenting JSON writer for values.schema.json: the generator runs on netstandard2.0 inside the compiler
/// and cannot take System.Text.Json along, and a schema needs only objects, arrays, strings, numbers and bools.
/// </summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;
    private bool _first = true;
    private bool _afterKey;

    public JsonWriter StartObject() => Open('{');

    public JsonWriter EndObject() => Close('}');

    public JsonWriter StartArray() => Open('[');

    public JsonWriter EndArray() => Close(']');

    public JsonWriter Key(string key)
    {
        Separate();
        WriteString(key);
        _text.Append(": ");
        _afterKey = true;
        return this;
    }

    public JsonWriter String(string value)
    {
        Separate();
        WriteString(value);
        return this;
    }

    public JsonWriter Number(int value)
    {
        Separate();
        _text.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public JsonWriter Bool(bool value)
    {
        Separate();
        _text.Append(value ? "true" : "false");
        return this;
    }

    public JsonWriter Property(string key, string value) => Key(key).String(value);

    public override string ToString() => _text.ToString() + "\n";

    private JsonWriter Open(char bracket)
    {
        Separate();
        _text.Append(bracket);
        _depth++;
        _first = true;
        return this;
    }

    private JsonWriter Close(char bracket)
    {
        _depth--;
        if (!_first)
        {
            NewLine();
        }

        _text.Append(bracket);
        _first = false;
        return this;
    }

    private void Separate()
    {
        if (_afterKey)
        {
            _afterKey = false;
            return;
        }

        if (_depth == 0)
        {
            return;
        }

        if (!_first)
        {
            _text.Append(',');
        }

        NewLine();
        _first = false;
    }

    private void NewLine() => _text.Append('\n').Append(' ', _depth * 2);

    private void WriteString(string value)
    {
        _text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': _text.Append("\\\""); break;
                case '\\': _text.Append("\\\\"); break;
                case '\n': _text.Append("\\n"); break;
                case '\r': _text.Append("\\r"); break;
                case '\t': _text.Append("\\t"); break;
                case < ' ': _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: _text.Append(c); break;
            }
        }

        _text.Append('"');
    }
}
