using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WeiduEtl.Core.Ports;
using WeiduEtl.ObjectStorage.Archive;

namespace WeiduEtl.ObjectStorage;

public static class ObjectStorageServiceCollectionExtensions
{
    /// <summary>
    /// The S3 clients, and the source archive around the registered <see cref="IStoreFactory"/>'s dataset stores
    /// (call after the stores' registration). <see cref="SourceArchives.Configure"/> must see the loaded config.
    /// </summary>
    public static IServiceCollection AddWeiduObjectStorage(this IServiceCollection services)
    {
        services.TryAddSingleton<ObjectStores>();
        services.AddSingleton<SourceArchives>();
        var factory = services.LastOrDefault(d => d.ServiceType == typeof(IStoreFactory))
            ?? throw new InvalidOperationException("register the stores (AddWeiduStorage) before AddWeiduObjectStorage");
        services.Remove(factory);
        services.AddSingleton<IStoreFactory>(sp => new ArchivingStoreFactory(
            (IStoreFactory)(factory.ImplementationInstance ?? factory.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, factory.ImplementationType!)),
            sp.GetRequiredService<SourceArchives>()));
        return services;
    }
}
