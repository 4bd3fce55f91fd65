using System;
using Microsoft.CodeAnalysis;

namespace Spectra.Generators.Caching;

/// <summary>
/// Everything about a compilation that can change how any declaration binds, except member bodies: the shape of
/// every tree, the parse options, the references by content, the assembly name (a <see cref="Hash"/>), and the
/// compilation options (compared with their own structural equality). Two compilations with equal shapes bind every
/// name, overload and type the same way; only bodies may differ.
/// </summary>
internal sealed class CompilationShape(string hash, CompilationOptions options) : IEquatable<CompilationShape>
{
    public string Hash { get; } = hash;

    public CompilationOptions Options { get; } = options;

    /// <summary>
    /// Options without the resolvers and providers a command-line compiler creates anew for every build: they
    /// resolve files and report per-tree diagnostic settings, and compare by object, so keeping them would make every
    /// build's options unequal to the last one's. None of them changes how source binds.
    /// </summary>
    public static CompilationOptions Normalize(CompilationOptions options) => options
        .WithMetadataReferenceResolver(null)
        .WithSourceReferenceResolver(null)
        .WithXmlReferenceResolver(null)
        .WithStrongNameProvider(null)
        .WithSyntaxTreeOptionsProvider(null)
        .WithAssemblyIdentityComparer(AssemblyIdentityComparer.Default);

    public bool Equals(CompilationShape? other) =>
        other is not null && (ReferenceEquals(this, other) || (Hash == other.Hash && Options.Equals(other.Options)));

    public override bool Equals(object? obj) => Equals(obj as CompilationShape);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Hash);
}
