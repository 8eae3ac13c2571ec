using Microsoft.Extensions.DependencyInjection;
using WeiduEtl.Core.Ports;
using WeiduEtl.Storage.Search;

namespace WeiduEtl.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The store factory, giving each pipeline's database (SQLite or PostgreSQL) its stores and its reader.</summary>
    public static IServiceCollection AddWeiduStorage(this IServiceCollection services)
    {
        services.AddSingleton<StoreFactory>();
        services.AddSingleton<IStoreFactory>(sp => sp.GetRequiredService<StoreFactory>());
        services.AddSingleton<IArticleReaders>(sp => sp.GetRequiredService<StoreFactory>());
        return services;
    }
}
