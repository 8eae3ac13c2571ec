using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WeiduEtl.Core.Ports;
using WeiduEtl.ObjectStorage.Archive;

namespace WeiduEtl.ObjectStorage;

public static class ObjectStorageServiceCollectionExtensions
{
    /// <summary>
    /// The S3 clients, and the source archive around the registered <see cref="IIssueStore"/> (call after the
    /// store's registration). <see cref="SourceArchives.Configure"/> must see the loaded config.
    /// </summary>
    public static IServiceCollection AddWeiduObjectStorage(this IServiceCollection services)
    {
        services.TryAddSingleton<ObjectStores>();
        services.AddSingleton<SourceArchives>();
        var store = services.LastOrDefault(d => d.ServiceType == typeof(IIssueStore))
            ?? throw new InvalidOperationException("register the issue store (AddWeiduStorage) before AddWeiduObjectStorage");
        services.Remove(store);
        services.AddSingleton<IIssueStore>(sp => new ArchivingIssueStore(
            (IIssueStore)(store.ImplementationInstance ?? store.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, store.ImplementationType!)),
            sp.GetRequiredService<SourceArchives>()));
        return services;
    }
}
