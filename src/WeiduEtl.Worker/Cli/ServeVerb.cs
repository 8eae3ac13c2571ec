using System.CommandLine;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;
using WeiduEtl.Serving;
using WeiduEtl.Worker.Hosting;

namespace WeiduEtl.Worker.Cli;

/// <summary><c>serve</c>: serve the selected pipelines' datasets over HTTP until Ctrl-C or SIGTERM.</summary>
public static class ServeVerb
{
    private static readonly Option<string> Urls = new("--urls")
    {
        Description = $"Where to listen, e.g. {DatasetServer.DefaultUrls} (the default, or \"serve\": {{\"urls\"}} in the config); several separated by ';'",
        HelpName = "URLS",
    };

    public static Command Create()
    {
        var command = new Command("serve", "Serve the datasets read-only over HTTP: a page, a JSON catalogue, the files, /healthz and /metrics") { Urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var context = VerbContext.Create(parse, checkDatabases: false);
            if (context is null)
            {
                return ExitCodes.BadConfiguration;
            }
            var urls = parse.GetValue(Urls) ?? context.Config.Serve?.Urls ?? DatasetServer.DefaultUrls;
            // Ctrl-C arrives through the command line's token; SIGTERM (systemctl stop, docker stop) is
            // turned into the same clean stop instead of the runtime's default exit 143.
            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
            {
                signal.Cancel = true;
                stopping.Cancel();
            });
            cancellationToken = stopping.Token;
            await using var app = DatasetServer.Build(context.Config, urls, l => l.AddWeiduConsoleLogging(), context.Pipelines, context.Get<TimeProvider>());
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine($"cannot listen on {urls}: {ex.Message}");
                return ExitCodes.BadConfiguration;
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or UriFormatException)
            {
                Console.Error.WriteLine($"--urls {urls}: {ex.Message}");
                return ExitCodes.BadConfiguration;
            }
            catch (OperationCanceledException)
            {
                return ExitCodes.Success;
            }
            // One line on standard output once listening: the real addresses (port 0 resolved) for scripts and tests.
            Console.WriteLine($"Serving {string.Join(", ", context.Pipelines.Select(p => p.Name))} at {string.Join(" ", DatasetServer.Addresses(app))} (Ctrl-C to stop)");
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
