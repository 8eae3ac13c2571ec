using System.CommandLine;
using WeiduEtl.Worker.Scheduling;

namespace WeiduEtl.Worker.Cli;

/// <summary>The command line: no verb runs the scheduled service; verbs do one piece of work and exit.</summary>
public static class WeiduCli
{
    private static readonly Option<bool> RunNow = new("--run-now") { Description = "Service mode: run every pipeline once at start, then on schedule" };

    public static RootCommand Build()
    {
        var root = new RootCommand("WeiduEtl: newspaper pages to open data. Without a verb, runs as a scheduled background service.")
        {
            CommonOptions.Config,
            CommonOptions.Pipeline,
            RunNow,
            RunVerb.Create(),
            BackfillVerb.Create(),
            StatusVerb.Create(),
            PublishVerb.Create(),
            InspectVerb.Create(),
            ServeVerb.Create(),
            BenchVerb.Create(),
            QualityVerb.Create(),
        };
        root.SetAction(async (parse, cancellationToken) =>
        {
            await using var context = VerbContext.Create(parse);
            if (context is null)
            {
                return ExitCodes.BadConfiguration;
            }
            var enabled = context.Pipelines.Select(p => p.Name).ToHashSet();
            foreach (var p in context.Config.Pipelines)
            {
                p.Enabled = enabled.Contains(p.Name);
            }
            return await ServiceHost.RunAsync(context.Config, parse.GetValue(RunNow), cancellationToken);
        });
        return root;
    }

    public static async Task<int> InvokeAsync(string[] args)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine(error.Message);
            }
            Console.Error.WriteLine("Run with --help to see the verbs and options.");
            return ExitCodes.BadConfiguration;
        }
        return await parse.InvokeAsync();
    }
}
