using System;

namespace Spectra.Generators.Workflows.Pinning;

internal enum ActionReferenceKind
{
    /// <summary><c>./path</c>: code of the same repository, pinned by the commit being built.</summary>
    Local,

    /// <summary><c>docker://image[:tag|@digest]</c>.</summary>
    Docker,

    /// <summary><c>owner/repo[/path]@ref</c>: an action or reusable workflow of another repository.</summary>
    Remote,

    /// <summary>Anything else (no <c>@ref</c>): malformed, reported by the rules that check <c>uses</c> syntax.</summary>
    Unknown,
}

/// <summary>A <c>uses:</c> value split into what it names and which version.</summary>
internal readonly record struct ActionReference(ActionReferenceKind Kind, string Target, string Ref)
{
    public static ActionReference Parse(string uses)
    {
        if (uses.StartsWith("./", StringComparison.Ordinal) || uses.StartsWith("../", StringComparison.Ordinal))
        {
            return new ActionReference(ActionReferenceKind.Local, uses, "");
        }

        if (uses.StartsWith("docker://", StringComparison.Ordinal))
        {
            var digest = uses.IndexOf("@sha256:", StringComparison.Ordinal);
            return digest >= 0
                ? new ActionReference(ActionReferenceKind.Docker, uses.Substring(0, digest), uses.Substring(digest + 1))
                : new ActionReference(ActionReferenceKind.Docker, uses, "");
        }

        var at = uses.IndexOf('@');
        return at > 0 && at < uses.Length - 1 && uses.IndexOf('/') is > 0 and var slash && slash < at
            ? new ActionReference(ActionReferenceKind.Remote, uses.Substring(0, at), uses.Substring(at + 1))
            : new ActionReference(ActionReferenceKind.Unknown, uses, "");
    }

    /// <summary>
    /// The owner/repo part, lower-cased: GitHub compares owner and repository names ignoring case, while refs
    /// (tags, branches) are case-sensitive.
    /// </summary>
    public string Repository
    {
        get
        {
            var parts = Target.Split('/');
            return parts.Length >= 2 ? (parts[0] + "/" + parts[1]).ToLowerInvariant() : Target.ToLowerInvariant();
        }
    }

    /// <summary>The key of this reference in the pin lock file.</summary>
    public string PinKey => Target.ToLowerInvariant() + "@" + Ref;

    public bool IsPinned => Kind switch
    {
        ActionReferenceKind.Remote => IsFullCommitSha(Ref),
        ActionReferenceKind.Docker => Ref.StartsWith("sha256:", StringComparison.Ordinal),
        _ => true,
    };

    /// <summary>Only a full SHA is immutable: GitHub resolves a short one like a branch or tag name.</summary>
    public static bool IsFullCommitSha(string text)
    {
        if (text.Length != 40)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            {
                return false;
            }
        }

        return true;
    }
}
