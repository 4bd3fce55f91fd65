using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Spectra.Generators.Caching;

/// <summary>
/// What the evaluation cache needs to know about one syntax tree: the identity of its full text (path, checksum,
/// length) and the hash of its shape (<see cref="SyntaxShape"/>). Both describe content, never object identity, so
/// they match across compilations, generator drivers and builds in one compiler server.
/// </summary>
internal sealed class TreeFacts(string contentKey, string shape)
{
    /// <summary>Trees are immutable: computed once per tree object (the IDE keeps unchanged trees across edits).</summary>
    private static readonly ConditionalWeakTable<SyntaxTree, TreeFacts> s_byTree = new();

    /// <summary>
    /// Shapes by content key and parse options, so a compiler-server build, whose trees are new objects, need not walk
    /// the tokens of unchanged files again. Bounded: cleared when full (it is only a shortcut).
    /// </summary>
    private static readonly ConcurrentDictionary<string, string> s_shapes = new();
    private const int MaxShapes = 20_000;

    public string ContentKey { get; } = contentKey;

    public string Shape { get; } = shape;

    public static TreeFacts For(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (s_byTree.TryGetValue(tree, out var facts))
        {
            return facts;
        }

        facts = Compute(tree, cancellationToken);
        return s_byTree.GetValue(tree, _ => facts);
    }

    private static TreeFacts Compute(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        var checksum = ContentHash.ToHex(text.GetChecksum().ToArray());
        var contentKey = string.Join("|", tree.FilePath, text.ChecksumAlgorithm.ToString(), checksum, text.Length.ToString(CultureInfo.InvariantCulture));

        // The same text parses differently under other preprocessor symbols or language versions.
        var shapeKey = contentKey + "|" + ParseOptionsKey(tree.Options);
        if (!s_shapes.TryGetValue(shapeKey, out var shape))
        {
            shape = SyntaxShape.Hash(tree, cancellationToken);
            if (s_shapes.Count >= MaxShapes)
            {
                s_shapes.Clear();
            }

            s_shapes[shapeKey] = shape;
        }

        return new TreeFacts(contentKey, shape);
    }

    /// <summary>Trees of a compilation usually share one options object: describe it once.</summary>
    private static readonly ConditionalWeakTable<ParseOptions, string> s_parseOptionsKeys = new();

    /// <summary>Everything in C# parse options that changes what a text parses to or how it binds.</summary>
    public static string ParseOptionsKey(ParseOptions options) => s_parseOptionsKeys.GetValue(options, DescribeParseOptions);

    private static string DescribeParseOptions(ParseOptions options) => options is CSharpParseOptions csharp
        ? string.Join(
            "|",
            "C#",
            csharp.LanguageVersion.ToString(),
            csharp.Kind.ToString(),
            csharp.DocumentationMode.ToString(),
            string.Join(";", csharp.PreprocessorSymbolNames.OrderBy(s => s, System.StringComparer.Ordinal)),
            string.Join(";", csharp.Features.OrderBy(f => f.Key, System.StringComparer.Ordinal).Select(f => f.Key + "=" + f.Value)))
        : ObjectIds.Of(options); // not C#: never shared with another options object
}
