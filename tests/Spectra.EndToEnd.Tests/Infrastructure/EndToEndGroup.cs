using Xunit;

namespace Spectra.EndToEnd.Tests.Infrastructure;

/// <summary>All end-to-end tests share one packed Spectra and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndGroup : ICollectionFixture<PackedSpectra>
{
    public const string Name = "EndToEnd";
}
