namespace Spectra;

/// <summary>The Git repository Argo CD reads the generated charts from.</summary>
/// <param name="Url">The repository URL Argo CD clones, e.g. <c>https://github.com/example-org/shop.git</c>.</param>
public sealed record GitOpsRepository(string Url)
{
    /// <summary>The branch, tag or commit Argo CD follows. Defaults to <c>main</c>.</summary>
    public string? Revision { get; init; }

    /// <summary>The namespace Argo CD runs in, where the Application objects live. Defaults to <c>argocd</c>.</summary>
    public string? ArgoNamespace { get; init; }
}
