using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Spectra.Sdk.Diagnostics;
using Spectra.Sdk.Tests.Infrastructure;
using Xunit;

namespace Spectra.Sdk.Tests.Diagnostics;

public sealed class DiagnosticDocsTests
{
    // SPX9008 is raised by Sdk.targets, not by the task, so it has no constant in DiagnosticIds.
    private static readonly string[] AllIds = [.. typeof(DiagnosticIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (string)field.GetRawConstantValue()!)
        .Append("SPX9008")];

    public static TheoryData<string> Ids => [.. AllIds];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_SDK_diagnostic_has_a_page_with_cause_wrong_and_right_sections(string id)
    {
        var page = SourceTree.Combine($"docs/diagnostics/{id}.md");

        Assert.True(File.Exists(page), $"{page} is missing");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: ", text, System.StringComparison.Ordinal);
        Assert.Contains("## Cause", text, System.StringComparison.Ordinal);
        Assert.Contains("## Wrong", text, System.StringComparison.Ordinal);
        Assert.Contains("## Right", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Help_link_names_the_id_and_the_targets_use_the_same_link_for_SPX9008()
    {
        Assert.Equal("https://github.com/spectra-sdk/spectra/blob/main/docs/diagnostics/SPX9003.md", HelpLinks.For("SPX9003"));
        var targets = File.ReadAllText(SourceTree.Combine("src/Spectra.Sdk/Sdk/Sdk.targets"));
        Assert.Contains(HelpLinks.For("SPX9008"), targets, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_are_unique_and_in_the_SDK_range()
    {
        Assert.Equal(AllIds.Length, new HashSet<string>(AllIds).Count);
        Assert.All(AllIds, id => Assert.Matches("^SPX9[0-9]{3}$", id));
    }
}
