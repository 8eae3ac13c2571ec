using Microsoft.Extensions.DependencyInjection;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Publishing;

public static class PublishingServiceCollectionExtensions
{
    public static IServiceCollection AddWeiduPublishing(this IServiceCollection services)
    {
        services.AddSingleton<ISnapshotPublisher, SnapshotPublisher>();
        return services;
    }
}
