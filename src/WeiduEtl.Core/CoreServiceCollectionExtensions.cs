using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;

namespace WeiduEtl.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The pipeline and its steps. Sources, parsers, the store and the publisher come from their own libraries.</summary>
    public static IServiceCollection AddWeiduCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IssueRecordBuilder>();
        services.AddSingleton<DocumentProcessor>();
        services.AddSingleton<SnapshotStep>();
        services.AddSingleton<EtlPipeline>();
        services.AddSingleton<BackfillRunner>();
        services.AddSingleton<BatchRunner>();
        services.AddSingleton<BackfillBatchRunner>();
        services.AddSingleton<EtlConfigLoader>();
        return services;
    }
}
