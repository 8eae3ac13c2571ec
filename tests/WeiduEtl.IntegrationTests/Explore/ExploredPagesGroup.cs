namespace WeiduEtl.IntegrationTests.Explore;

/// <summary>The read-only explore tests share one workspace and one server.</summary>
[CollectionDefinition(Name)]
public sealed class ExploredPagesGroup : ICollectionFixture<ExploredPages>
{
    public const string Name = "explored pages";
}
