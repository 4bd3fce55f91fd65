using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Spectra.Generators.Common;
using Spectra.Generators.Values;

namespace Spectra.Generators.Evaluation;

/// <summary>
/// Joins the parts of an interpolated string or a concatenation. Constant parts become one string; once a template
/// parameter takes part, the result is a <see cref="TemplateStringValue"/> that keeps the parameter in its place.
/// </summary>
internal sealed class TemplateTextBuilder
{
    private readonly List<Value> _parts = [];
    private readonly StringBuilder _literal = new();

    public void AppendLiteral(string? text) => _literal.Append(text);

    /// <summary>Appends the value's text, or the parameter it stands for; false when the value has no text form.</summary>
    public bool Append(Value value)
    {
        switch (value)
        {
            case ParameterValue parameter:
                Flush();
                _parts.Add(parameter);
                return true;
            case TemplateStringValue template:
                foreach (var part in template.Parts)
                {
                    Append(part);
                }

                return true;
            default:
                var text = OperationEvaluator.AsText(value);
                _literal.Append(text);
                return text is not null;
        }
    }

    /// <summary><c>"${{ secrets.{0} }}"</c> with each <c>{n}</c> replaced by argument n (placed, if it is a parameter).</summary>
    public static Value Fill(string format, IReadOnlyDictionary<int, Value> arguments)
    {
        var text = new TemplateTextBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var close = format[i] == '{' ? format.IndexOf('}', i + 1) : -1;
            if (close > i + 1
                && int.TryParse(format.Substring(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal)
                && arguments.TryGetValue(ordinal, out var argument))
            {
                text.Append(argument);
                i = close;
            }
            else
            {
                text._literal.Append(format[i]);
            }
        }

        return text.ToValue();
    }

    public Value ToValue()
    {
        if (_parts.Count == 0)
        {
            return new StringValue(_literal.ToString());
        }

        Flush();
        return new TemplateStringValue(_parts.ToEquatableArray());
    }

    private void Flush()
    {
        if (_literal.Length > 0)
        {
            _parts.Add(new StringValue(_literal.ToString()));
            _literal.Clear();
        }
    }
}
