using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using WeiduEtl.Core.Options;
using WeiduEtl.Serving;
using WeiduEtl.Worker.Cli;
using WeiduEtl.Worker.Cluster;
using WeiduEtl.Worker.Hosting;

namespace WeiduEtl.Worker.Scheduling;

/// <summary>
/// The background service: the Generic Host with Quartz.NET, one job per enabled pipeline on its cron
/// schedule. Ctrl-C or SIGTERM lets a running pass finish its current document and stop cleanly.
/// </summary>
public static class ServiceHost
{
    public static IHost Build(EtlConfig config, bool runNow)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = config.BaseDirectory });
        builder.Logging.AddWeiduConsoleLogging();
        builder.Services.AddSystemd();
        builder.Services.AddWeiduEtl();
        builder.Services.AddSingleton(config);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(2));
        builder.Services.AddQuartz(q =>
        {
            if (config.Cluster is { } cluster)
            {
                q.UseCluster(cluster);
            }
            // In a cluster each node's start trigger is its own; the job and its cron trigger are shared (declared by every node alike).
            var start = config.Cluster is null ? "start" : $"start-{Guid.NewGuid():N}";
            foreach (var pipeline in config.Pipelines.Where(p => p.Enabled))
            {
                var job = new JobKey(pipeline.Name, "pipelines");
                if (config.Cluster is null)
                {
                    q.AddJob<PipelineJob>(j => j.WithIdentity(job).UsingJobData(PipelineJob.PipelineKey, pipeline.Name));
                }
                else
                {
                    q.AddJob<ClusterPipelineJob>(j => j.WithIdentity(job).UsingJobData(ClusterPipelineJob.PipelineKey, pipeline.Name).RequestRecovery());
                }
                q.AddTrigger(t => t.ForJob(job).WithIdentity($"{pipeline.Name}-cron", "pipelines").WithCronSchedule(pipeline.Schedule));
                if (runNow)
                {
                    q.AddTrigger(t => t.ForJob(job).WithIdentity($"{pipeline.Name}-{start}", "pipelines").StartNow());
                }
            }
        });
        if (config.Cluster is { } clustered)
        {
            builder.Services.AddWeiduCluster(clustered);
        }
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        // Serves the datasets too when pipelines.json has a "serve" section.
        builder.Services.AddDatasetServer(config, l => l.AddWeiduConsoleLogging());
        var host = builder.Build();
        host.Services.GetRequiredService<ObjectStorage.Archive.SourceArchives>().Configure(config);
        return host;
    }

    public static async Task<int> RunAsync(EtlConfig config, bool runNow, CancellationToken cancellationToken)
    {
        using var host = Build(config, runNow);
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("WeiduEtl.Service");
        foreach (var p in config.Pipelines.Where(p => p.Enabled))
        {
            logger.LogInformation("Pipeline {Pipeline} scheduled on {Schedule} ({Source} source), dataset in {Output}", p.Name, p.Schedule, p.Source.Type, p.Output);
        }
        await host.RunAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
