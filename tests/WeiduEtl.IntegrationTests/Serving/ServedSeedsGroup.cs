namespace WeiduEtl.IntegrationTests.Serving;

/// <summary>The read-only serving tests share one workspace and one server.</summary>
[CollectionDefinition(Name)]
public sealed class ServedSeedsGroup : ICollectionFixture<ServedSeeds>
{
    public const string Name = "served seeds";
}
