using System;
using System.ComponentModel;

namespace Spectra.Generation;

/// <summary>
/// One file the Spectra generator rendered, embedded in the compiled assembly so that the Spectra.Sdk task can
/// write it into the repository without loading the assembly.
/// </summary>
/// <remarks>Emitted by the generator; not meant to be written by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class SpectraArtifactAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="path">The file's path relative to the repository root, with forward slashes.</param>
    /// <param name="content">The complete file content, header included, with <c>\n</c> line endings.</param>
    /// <param name="declaringType">The fully qualified name of the declaration that produced the file.</param>
    public SpectraArtifactAttribute(string path, string content, string declaringType)
    {
        Path = path;
        Content = content;
        DeclaringType = declaringType;
    }

    /// <summary>The file's path relative to the repository root, with forward slashes.</summary>
    public string Path { get; }

    /// <summary>The complete file content, header included.</summary>
    public string Content { get; }

    /// <summary>The fully qualified name of the declaration that produced the file.</summary>
    public string DeclaringType { get; }
}
