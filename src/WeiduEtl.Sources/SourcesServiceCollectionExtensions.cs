using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WeiduEtl.Core.Ports;
using WeiduEtl.Sources.Epaper;
using WeiduEtl.Sources.Folder;

namespace WeiduEtl.Sources;

public static class SourcesServiceCollectionExtensions
{
    /// <summary>
    /// The folder and e-paper sources. The e-paper source also needs an <see cref="IStoreFactory"/> for its
    /// fetch state (AddWeiduStorage registers it).
    /// </summary>
    public static IServiceCollection AddWeiduSources(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new EpaperResilienceTuning());
        services.AddHttpClient(EpaperIssueSource.HttpClientName, client =>
            {
                // Polly owns the timeouts: one per request and one per document.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = 5,
                ConnectTimeout = TimeSpan.FromSeconds(15),
            });
        services.AddSingleton<IIssueSource, FolderIssueSource>();
        services.AddSingleton<IIssueSource, EpaperIssueSource>();
        return services;
    }
}
