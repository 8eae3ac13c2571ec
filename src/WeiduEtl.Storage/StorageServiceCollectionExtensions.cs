using Microsoft.Extensions.DependencyInjection;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The store factory, giving each pipeline's database (SQLite or PostgreSQL) its stores.</summary>
    public static IServiceCollection AddWeiduStorage(this IServiceCollection services)
    {
        services.AddSingleton<IStoreFactory, StoreFactory>();
        return services;
    }
}
