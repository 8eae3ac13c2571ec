using Microsoft.Extensions.DependencyInjection;
using WeiduEtl.Core.Ports;
using WeiduEtl.Sources.Epaper;
using WeiduEtl.Sources.Folder;

namespace WeiduEtl.Sources;

public static class SourcesServiceCollectionExtensions
{
    public static IServiceCollection AddWeiduSources(this IServiceCollection services)
    {
        services.AddSingleton<IIssueSource, FolderIssueSource>();
        services.AddSingleton<IIssueSource, EpaperIssueSource>();
        return services;
    }
}
