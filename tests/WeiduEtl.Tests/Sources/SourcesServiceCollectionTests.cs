using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WeiduEtl.Core.Ports;
using WeiduEtl.Sources;
using WeiduEtl.Tests.Sources.Epaper;

namespace WeiduEtl.Tests.Sources;

public sealed class SourcesServiceCollectionTests
{
    [Fact]
    public void AddWeiduSources_WithAStoreFactory_ResolvesTheFolderAndEpaperSources()
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IStoreFactory>(new FetchStateOnlyStores(new InMemoryFetchStateStore()));
        services.AddWeiduSources();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var types = provider.GetServices<IIssueSource>().Select(s => s.Type);

        Assert.Equal(["folder", "epaper"], types);
    }
}
