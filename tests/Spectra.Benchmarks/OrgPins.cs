using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Spectra.Benchmarks;

/// <summary>
/// The pin lock file the synthetic org builds with, as eng/bench-build.py writes it: the spectra-api sample's verified
/// pins plus placeholders for the two actions the sample has not verified. Without it every workflow would carry
/// ~19 SPX4004 warnings that no real org leaves in its build, and each run would spend its time re-creating them.
/// </summary>
internal sealed class OrgPins : AdditionalText
{
    private static readonly (string Action, string Sha)[] Placeholders =
    [
        ("github/codeql-action/upload-sarif@v3", "0000000000000000000000000000000000000005"),
        ("azure/k8s-set-context@v4", "0000000000000000000000000000000000000003"),
    ];

    private readonly SourceText _text;

    private OrgPins(string text) => _text = SourceText.From(text);

    public static OrgPins File { get; } = Load();

    public override string Path => "/org/spectra-pins.json";

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    private static OrgPins Load()
    {
        var pins = JsonNode.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "spectra-pins.json")))!.AsObject();
        foreach (var (action, sha) in Placeholders)
        {
            pins[action] ??= sha;
        }

        return new OrgPins(pins.ToJsonString());
    }
}
