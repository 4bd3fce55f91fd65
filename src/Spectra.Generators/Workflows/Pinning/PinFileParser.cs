using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;

namespace Spectra.Generators.Workflows.Pinning;

/// <summary>
/// Reads <c>spectra-pins.json</c>: one JSON object from action references to commit SHAs,
/// <c>{ "actions/checkout@v4": "11bd…" }</c>. A hand-written reader, because a generator cannot count on
/// System.Text.Json being loadable in every compiler host, and because each problem must point at its line.
/// Keys starting with <c>$</c> (<c>$comment</c>, <c>$schema</c>) are ignored.
/// </summary>
internal sealed class PinFileParser
{
    private readonly string _path;
    private readonly SourceText _text;
    private readonly List<PinEntry> _entries = [];
    private readonly List<DiagnosticInfo> _problems = [];
    private readonly HashSet<string> _seen = [];
    private int _position;

    private PinFileParser(string path, SourceText text)
    {
        _path = path;
        _text = text;
    }

    public static PinFile Parse(string path, SourceText? text)
    {
        var parser = new PinFileParser(path, text ?? SourceText.From(""));
        if (text is null)
        {
            parser.Problem(0, 0, "the file cannot be read");
        }
        else
        {
            parser.ReadDocument();
        }

        return new PinFile(path, parser._entries.ToEquatableArray(), parser._problems.ToEquatableArray());
    }

    private void ReadDocument()
    {
        SkipWhitespace();
        if (AtEnd)
        {
            return; // an empty file pins nothing; that is not worth an error
        }

        if (!Expect('{', "the file must be one JSON object, such as { \"actions/checkout@v4\": \"<commit SHA>\" }"))
        {
            return;
        }

        SkipWhitespace();
        if (TryConsume('}'))
        {
            ExpectEnd();
            return;
        }

        while (true)
        {
            if (!ReadEntry())
            {
                return;
            }

            SkipWhitespace();
            if (TryConsume('}'))
            {
                ExpectEnd();
                return;
            }

            if (!Expect(',', "expected ',' or '}' after an entry"))
            {
                return;
            }

            SkipWhitespace();
        }
    }

    private bool ReadEntry()
    {
        var keyStart = _position;
        if (ReadString("expected a quoted action reference such as \"actions/checkout@v4\"") is not { } key)
        {
            return false;
        }

        var keyEnd = _position;
        SkipWhitespace();
        if (!Expect(':', "expected ':' after the action reference"))
        {
            return false;
        }

        SkipWhitespace();
        var valueStart = _position;
        if (ReadString($"the value of \"{key}\" must be a quoted commit SHA") is not { } sha)
        {
            return false;
        }

        if (!key.StartsWith("$", System.StringComparison.Ordinal))
        {
            AddEntry(key, keyStart, keyEnd, sha, valueStart, _position);
        }

        return true;
    }

    private void AddEntry(string key, int keyStart, int keyEnd, string sha, int valueStart, int valueEnd)
    {
        var reference = ActionReference.Parse(key);
        if (reference.Kind != ActionReferenceKind.Remote)
        {
            Problem(keyStart, keyEnd, $"\"{key}\" is not an action or reusable workflow reference of the form owner/repo[/path]@ref");
        }
        else if (!ActionReference.IsFullCommitSha(sha))
        {
            Problem(valueStart, valueEnd, $"\"{sha}\" is not a full 40-character commit SHA (the pin of \"{key}\")");
        }
        else if (!_seen.Add(reference.PinKey))
        {
            Problem(keyStart, keyEnd, $"\"{key}\" is listed more than once");
        }
        else
        {
            _entries.Add(new PinEntry(new ActionPin(reference.PinKey, sha.ToLowerInvariant()), Location(keyStart, valueEnd)));
        }
    }

    private string? ReadString(string problem)
    {
        var start = _position;
        if (!TryConsume('"'))
        {
            Problem(start, System.Math.Min(start + 1, _text.Length), problem);
            return null;
        }

        var value = new System.Text.StringBuilder();
        while (!AtEnd)
        {
            var c = _text[_position++];
            if (c == '"')
            {
                return value.ToString();
            }

            if (c == '\\' && !AtEnd)
            {
                if (!ReadEscape(value))
                {
                    Problem(_position - 2, _position, "invalid escape sequence in a string");
                    return null;
                }
            }
            else if (c < ' ')
            {
                Problem(start, _position, "unterminated string");
                return null;
            }
            else
            {
                value.Append(c);
            }
        }

        Problem(start, _position, "unterminated string");
        return null;
    }

    private bool ReadEscape(System.Text.StringBuilder value)
    {
        var c = _text[_position++];
        switch (c)
        {
            case '"' or '\\' or '/':
                value.Append(c);
                return true;
            case 'b': value.Append('\b'); return true;
            case 'f': value.Append('\f'); return true;
            case 'n': value.Append('\n'); return true;
            case 'r': value.Append('\r'); return true;
            case 't': value.Append('\t'); return true;
            case 'u' when _position + 4 <= _text.Length
                && int.TryParse(_text.ToString(new TextSpan(_position, 4)), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code):
                value.Append((char)code);
                _position += 4;
                return true;
            default:
                return false;
        }
    }

    private bool AtEnd => _position >= _text.Length;

    private void SkipWhitespace()
    {
        while (!AtEnd && _text[_position] is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
        {
            _position++;
        }
    }

    private bool TryConsume(char expected)
    {
        if (!AtEnd && _text[_position] == expected)
        {
            _position++;
            return true;
        }

        return false;
    }

    private bool Expect(char expected, string problem)
    {
        if (TryConsume(expected))
        {
            return true;
        }

        Problem(_position, System.Math.Min(_position + 1, _text.Length), problem);
        return false;
    }

    private void ExpectEnd()
    {
        SkipWhitespace();
        if (!AtEnd)
        {
            Problem(_position, _position + 1, "unexpected text after the closing '}'");
        }
    }

    private void Problem(int start, int end, string message) =>
        _problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidPinLockFile, Location(start, end), System.IO.Path.GetFileName(_path), message));

    private LocationInfo Location(int start, int end)
    {
        var span = TextSpan.FromBounds(start, System.Math.Max(start, end));
        return new LocationInfo(_path, span, _text.Lines.GetLinePositionSpan(span));
    }
}
