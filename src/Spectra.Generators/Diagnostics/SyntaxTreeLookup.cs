using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Spectra.Generators.Common;

namespace Spectra.Generators.Diagnostics;

/// <summary>Turns a <see cref="LocationInfo"/> back into a location inside the compilation's syntax tree.</summary>
internal sealed class SyntaxTreeLookup(Compilation compilation)
{
    private Dictionary<string, SyntaxTree>? _byPath;

    public Location ToLocation(LocationInfo? info)
    {
        if (info is null)
        {
            return Location.None;
        }

        _byPath ??= BuildIndex();
        return _byPath.TryGetValue(info.FilePath, out var tree) && info.Span.End <= tree.Length
            ? Location.Create(tree, info.Span)
            : info.ToLocation(); // a file outside this compilation still gets a path and line
    }

    private Dictionary<string, SyntaxTree> BuildIndex()
    {
        var index = new Dictionary<string, SyntaxTree>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            index[tree.FilePath] = tree;
        }

        return index;
    }
}
