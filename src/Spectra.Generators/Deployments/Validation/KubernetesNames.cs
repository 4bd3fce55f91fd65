using System.Linq;
using System.Text.RegularExpressions;

namespace Spectra.Generators.Deployments.Validation;

/// <summary>
/// Kubernetes' name grammars (k8s.io/apimachinery validation): each check returns null when valid, or the reason in
/// the words the API server would use.
/// </summary>
internal static class KubernetesNames
{
    private static readonly Regex Label1123 = new("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant);
    private static readonly Regex Label1035 = new("^[a-z]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant);
    private static readonly Regex QualifiedName = new("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$", RegexOptions.CultureInvariant);
    private static readonly Regex LabelValue = new("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", RegexOptions.CultureInvariant);
    private static readonly Regex ServiceName = new("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", RegexOptions.CultureInvariant);
    private static readonly Regex ConfigKey = new("^[-._a-zA-Z0-9]+$", RegexOptions.CultureInvariant);

    /// <summary>RFC 1123 label: namespaces, most object names.</summary>
    public static string? Dns1123Label(string name, int maxLength = 63) =>
        name.Length == 0 ? "it is empty"
        : name.Length > maxLength ? $"it has {name.Length} characters, more than {maxLength}"
        : Label1123.IsMatch(name) ? null
        : "use only lowercase letters, digits and '-', starting and ending with a letter or digit";

    /// <summary>RFC 1035 label: Service names (they become DNS names, so they must start with a letter).</summary>
    public static string? Dns1035Label(string name, int maxLength = 63) =>
        Dns1123Label(name, maxLength) ?? (Label1035.IsMatch(name) ? null : "it must start with a lowercase letter");

    /// <summary>RFC 1123 subdomain: Secrets, ConfigMaps, ServiceAccounts, host names.</summary>
    public static string? Dns1123Subdomain(string name) =>
        name.Length == 0 ? "it is empty"
        : name.Length > 253 ? $"it has {name.Length} characters, more than 253"
        : name.Split('.').Select(part => Dns1123Label(part)).FirstOrDefault(problem => problem is not null) is { } problem ? $"'{name}' is not a DNS subdomain: {problem}"
        : null;

    public static string? LabelKey(string key)
    {
        var slash = key.IndexOf('/');
        var name = slash < 0 ? key : key.Substring(slash + 1);
        if (slash >= 0 && Dns1123Subdomain(key.Substring(0, slash)) is { } prefixProblem)
        {
            return "the prefix before '/' must be a DNS subdomain (" + prefixProblem + ")";
        }

        return name.Length == 0 ? "the name part is empty"
            : name.Length > 63 ? $"the name part has {name.Length} characters, more than 63"
            : QualifiedName.IsMatch(name) ? null
            : "the name part may contain only letters, digits, '-', '_' and '.', and must start and end with a letter or digit";
    }

    public static string? LabelValueProblem(string value) =>
        value.Length > 63 ? $"it has {value.Length} characters, more than 63"
        : LabelValue.IsMatch(value) ? null
        : "a label value may contain only letters, digits, '-', '_' and '.', and must start and end with a letter or digit";

    /// <summary>IANA_SVC_NAME, the grammar of port names.</summary>
    public static string? PortName(string name) =>
        name.Length == 0 ? "it is empty"
        : name.Length > 15 ? $"it has {name.Length} characters, more than 15"
        : !ServiceName.IsMatch(name) ? "use only lowercase letters, digits and '-', starting and ending with a letter or digit"
        : name.Contains("--") ? "it must not contain '--'"
        : !name.Any(char.IsLetter) ? "it must contain at least one letter"
        : null;

    public static string? ConfigMapKey(string key) =>
        key.Length > 253 ? $"it has {key.Length} characters, more than 253"
        : key is "." or ".." ? "'.' and '..' are not allowed"
        : ConfigKey.IsMatch(key) ? null
        : "use only letters, digits, '-', '_' and '.'";
}
