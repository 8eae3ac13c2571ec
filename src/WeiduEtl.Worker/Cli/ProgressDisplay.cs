using Microsoft.Extensions.Logging;
using Spectre.Console;
using WeiduEtl.Core.Pipeline;

namespace WeiduEtl.Worker.Cli;

/// <summary>
/// A progress bar on an interactive terminal; plain progress log lines otherwise (a service, a pipe,
/// CI), so logs never fill with bar redraws.
/// </summary>
public static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(string title, ILogger logger, Func<IProgress<PassProgress>, Task<T>> work)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsOutputRedirected || Console.IsErrorRedirected)
        {
            // Reported on the pass's own thread: Progress<T> would post each line to the thread pool, out of order.
            var lines = new SynchronousProgress(p => logger.LogInformation(
                "Progress {Pipeline}: {Done}/{Total} {SourceUri} {Outcome}", p.Pipeline, p.Done, p.Total?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?", p.CurrentUri, p.Outcome));
            return await work(lines);
        }
        T result = default!;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(title), maxValue: 1);
                var progress = new SynchronousProgress(p =>
                {
                    if (p.Total is { } total)
                    {
                        task.MaxValue = Math.Max(1, total);
                        task.Value = p.Done;
                    }
                    else
                    {
                        task.MaxValue = p.Done + 1;
                        task.Value = p.Done;
                    }
                    task.Description = Markup.Escape($"{title}: {p.CurrentUri}");
                });
                result = await work(progress);
                task.Value = task.MaxValue;
            });
        return result;
    }

    private sealed class SynchronousProgress(Action<PassProgress> report) : IProgress<PassProgress>
    {
        public void Report(PassProgress value) => report(value);
    }
}
