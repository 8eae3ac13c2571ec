using Microsoft.Extensions.Hosting;

namespace WeiduEtl.Serving;

/// <summary>
/// The web app does not listen for Ctrl-C or SIGTERM itself: the serve verb's cancellation token or the
/// scheduled service's host stops it, so one signal handler owns the process.
/// </summary>
internal sealed class HostOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
