using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WeiduEtl.Core.Options;

namespace WeiduEtl.Serving;

/// <summary>
/// Runs the download server inside the scheduled service's host: started with it, stopped with it.
/// The web app keeps its own small container; it shares only the configuration and the clock.
/// </summary>
internal sealed class DatasetServerService(EtlConfig config, string urls, Action<ILoggingBuilder> logging, TimeProvider time, ILogger<DatasetServerService> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _app = DatasetServer.Build(config, urls, logging, [.. config.Pipelines.Where(p => p.Enabled)], time);
        await _app.StartAsync(cancellationToken);
        logger.LogInformation("Serving datasets at {Urls}", string.Join(", ", DatasetServer.Addresses(_app)));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }
}
