using System.IO;
using System.Threading.Tasks;
using Spectra.Conformance.Tests.Infrastructure;
using Xunit;

namespace Spectra.Conformance.Tests.Validators;

/// <summary>A validator that cannot run must fail loudly, never read as "no findings".</summary>
public sealed class ValidatorContractTests
{
    [Fact]
    public async Task MissingInputFile_IsAToolErrorWithStderr_NotAPass()
    {
        var missing = Path.Combine(RepositoryLayout.Root, "does-not-exist.yml");

        var error = await Assert.ThrowsAsync<ConformanceToolException>(() => ConformanceValidators.ValidateWorkflowsAsync([missing]));

        Assert.Contains("exited with code 2", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("cannot read", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoInputFiles_IsAUsageError_NotAPass()
    {
        await Assert.ThrowsAsync<ConformanceToolException>(() => ConformanceValidators.ValidateManifestsAsync([]));
    }

    [Fact]
    public async Task InvalidValuesSchema_IsAFindingAboutTheSchema()
    {
        var schema = Path.Combine(Path.GetTempPath(), $"spectra-invalid-schema-{System.Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(schema, """{ "type": "strin" }""");
        try
        {
            var findings = await ConformanceValidators.ValidateValuesAsync(schema, [RepositoryLayout.Fixture("Values/values.yaml")]);

            Assert.Contains(findings, f => f.File == schema && f.Kind == "invalid-schema");
        }
        finally
        {
            File.Delete(schema);
        }
    }
}
