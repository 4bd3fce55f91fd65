using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Spectra.Generators.Yaml;

/// <summary>
/// A thin, format-agnostic layer over YamlDotNet's emitter: maps, sequences and scalars with the quoting policy of
/// <see cref="ScalarStyles"/>. Renderers decide structure; this decides spelling.
/// </summary>
internal sealed class YamlWriter : System.IDisposable
{
    private static readonly EmitterSettings Settings = new EmitterSettings()
        .WithBestIndent(2)
        .WithBestWidth(int.MaxValue) // never fold long lines: scripts and expressions must stay as written
        .WithIndentedSequences()
        .WithNewLine("\n")
        .WithMaxSimpleKeyLength(1024);

    private readonly StringWriter _text = new() { NewLine = "\n" };
    private readonly Emitter _emitter;

    public YamlWriter()
    {
        _emitter = new Emitter(_text, Settings);
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new DocumentStart(null, null, isImplicit: true));
    }

    /// <summary>Ends the current document and starts the next one with <c>---</c> (multi-document files such as manifests).</summary>
    public void NextDocument()
    {
        _emitter.Emit(new DocumentEnd(isImplicit: true));
        _emitter.Emit(new DocumentStart(null, null, isImplicit: false));
    }

    public void StartMap() => _emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));

    public void EndMap() => _emitter.Emit(new MappingEnd());

    public void StartList() => _emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));

    public void StartFlowList() => _emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Flow));

    public void EndList() => _emitter.Emit(new SequenceEnd());

    /// <summary>A key of the output format's own schema (<c>on</c>, <c>runs-on</c>): always plain.</summary>
    public void Key(string key) => Emit(key, ScalarStyle.Plain);

    /// <summary>A user-chosen key (an env var, an input name): quoted unless it is a simple word that reads back as a string.</summary>
    public void UserKey(string key) => Emit(key, ScalarStyles.ForKey(key));

    public void String(string value) => Emit(value, ScalarStyles.For(value));

    public void Number(string text) => Emit(text, ScalarStyle.Plain);

    public void Bool(bool value) => Emit(value ? "true" : "false", ScalarStyle.Plain);

    public void Null() => Emit("null", ScalarStyle.Plain);

    public void EmptyMap()
    {
        _emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Flow));
        _emitter.Emit(new MappingEnd());
    }

    public void Pair(string key, string? value)
    {
        if (value is not null)
        {
            Key(key);
            String(value);
        }
    }

    public void Pair(string key, bool? value)
    {
        if (value is { } flag)
        {
            Key(key);
            Bool(flag);
        }
    }

    public void Pair(string key, int? value)
    {
        if (value is { } number)
        {
            Key(key);
            Number(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A comment on the line of the value just written: <c>uses: actions/checkout@11bd… # v4</c>.</summary>
    public void TrailingComment(string text) => _emitter.Emit(new Comment(text, isInline: true));

    public string Finish()
    {
        _emitter.Emit(new DocumentEnd(isImplicit: true));
        _emitter.Emit(new StreamEnd());
        return _text.ToString();
    }

    public void Dispose() => _text.Dispose();

    private void Emit(string value, ScalarStyle style) =>
        _emitter.Emit(new Scalar(null, null, value, style, isPlainImplicit: true, isQuotedImplicit: true));
}
