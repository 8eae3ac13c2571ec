using Microsoft.Extensions.DependencyInjection;
using WeiduEtl.Core.Ports;
using WeiduEtl.ObjectStorage;

namespace WeiduEtl.Publishing;

public static class PublishingServiceCollectionExtensions
{
    public static IServiceCollection AddWeiduPublishing(this IServiceCollection services)
    {
        services.AddSingleton<ObjectStores>();
        services.AddSingleton<ISnapshotPublisher, SnapshotPublisher>();
        return services;
    }
}
