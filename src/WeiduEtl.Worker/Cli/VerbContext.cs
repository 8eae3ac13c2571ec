using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;
using WeiduEtl.Worker.Hosting;

namespace WeiduEtl.Worker.Cli;

/// <summary>
/// What a verb needs: the services, the loaded configuration and the pipelines it was asked for.
/// Building it reports every configuration problem at once.
/// </summary>
public sealed class VerbContext : IAsyncDisposable
{
    private VerbContext(ServiceProvider services, EtlConfig config, IReadOnlyList<PipelineOptions> pipelines)
    {
        Services = services;
        Config = config;
        Pipelines = pipelines;
    }

    public ServiceProvider Services { get; }
    public EtlConfig Config { get; }
    public IReadOnlyList<PipelineOptions> Pipelines { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public ILogger Logger(string category) => Services.GetRequiredService<ILoggerFactory>().CreateLogger(category);

    /// <summary>Null after printing the problems to standard error; the verb then exits with 2.</summary>
    public static VerbContext? Create(ParseResult parse, bool checkDatabases = true)
    {
        var services = new ServiceCollection()
            .AddLogging(l => l.AddWeiduConsoleLogging())
            .AddWeiduEtl()
            .BuildServiceProvider();
        try
        {
            var config = services.GetRequiredService<EtlConfigLoader>().Load(parse.GetValue(CommonOptions.Config)!);
            services.GetRequiredService<ObjectStorage.Archive.SourceArchives>().Configure(config);
            var wanted = parse.GetValue(CommonOptions.Pipeline) ?? [];
            var unknown = wanted.Where(w => config.Pipelines.All(p => p.Name != w)).ToList();
            if (unknown.Count > 0)
            {
                throw new ConfigurationException([.. unknown.Select(u => $"--pipeline {u}: no such pipeline in {config.ConfigPath}; known: {string.Join(", ", config.Pipelines.Select(p => p.Name))}")]);
            }
            var pipelines = wanted.Length > 0
                ? config.Pipelines.Where(p => wanted.Contains(p.Name)).ToList()
                : config.Pipelines.Where(p => p.Enabled).ToList();
            if (checkDatabases && DatabaseCheck.Problems(config, pipelines, services.GetRequiredService<IStoreFactory>()) is { Count: > 0 } unusable)
            {
                throw new ConfigurationException(unusable);
            }
            return new VerbContext(services, config, pipelines);
        }
        catch (ConfigurationException ex)
        {
            Console.Error.WriteLine("Configuration problems (nothing was done):");
            foreach (var problem in ex.Problems)
            {
                Console.Error.WriteLine($"  - {problem}");
            }
            services.Dispose();
            return null;
        }
    }

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}
