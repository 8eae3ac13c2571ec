using Microsoft.Extensions.DependencyInjection;
using WeiduEtl.Core.Options;
using WeiduEtl.Storage.Cluster;

namespace WeiduEtl.Worker.Cluster;

/// <summary>What a node and the CLI need to plan, run and follow clustered passes.</summary>
public static class ClusterServices
{
    public static IServiceCollection AddWeiduCluster(this IServiceCollection services, ClusterOptions cluster)
    {
        services.AddSingleton(_ => new ClusterStore(cluster.Database));
        services.AddSingleton<ClusterPassFinisher>();
        services.AddSingleton<ClusterPassPlanner>();
        services.AddSingleton<ClusterBatchExecutor>();
        return services;
    }
}
