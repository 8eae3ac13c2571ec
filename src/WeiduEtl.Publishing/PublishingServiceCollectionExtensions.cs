using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WeiduEtl.Core.Ports;
using WeiduEtl.ObjectStorage;

namespace WeiduEtl.Publishing;

public static class PublishingServiceCollectionExtensions
{
    public static IServiceCollection AddWeiduPublishing(this IServiceCollection services)
    {
        services.TryAddSingleton<ObjectStores>();
        services.AddSingleton<ISnapshotPublisher, SnapshotPublisher>();
        return services;
    }
}
