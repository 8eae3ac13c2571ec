using Microsoft.Extensions.DependencyInjection;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddWeiduStorage(this IServiceCollection services)
    {
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<IIssueStore, SqliteIssueStore>();
        services.AddSingleton<IFetchStateStore, SqliteFetchStateStore>();
        return services;
    }
}
