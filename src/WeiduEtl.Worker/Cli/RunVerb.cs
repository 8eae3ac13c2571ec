using System.CommandLine;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Worker.Cluster;

namespace WeiduEtl.Worker.Cli;

/// <summary><c>run</c>: one pass of every selected pipeline now, then exit.</summary>
public static class RunVerb
{
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "List what a pass would fetch (files, URLs) and change nothing" };

    public static Command Create()
    {
        var command = new Command("run", "Fetch, parse and store what is new now, publish a snapshot if anything changed, then exit") { DryRun, ExclusivePass.Wait };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var context = VerbContext.Create(parse, checkDatabases: !parse.GetValue(DryRun));
            if (context is null)
            {
                return ExitCodes.BadConfiguration;
            }
            var pipeline = context.Get<EtlPipeline>();
            var logger = context.Logger("WeiduEtl.Run");
            var results = new List<PassResult>();
            await using var cluster = context.Config.Cluster is { } clustered && !parse.GetValue(DryRun)
                ? await ClusterRun.OpenAsync(context, clustered, cancellationToken)
                : null;
            foreach (var options in context.Pipelines)
            {
                // In a cluster the nodes run the batches; a source that cannot be split runs here as on one host.
                if (cluster is not null && !pipeline.SourceFor(options).SettlesEachDocumentOnResume)
                {
                    var (pass, followed) = await cluster.RunAsync(options, parse.GetValue(ExclusivePass.Wait), logger, cancellationToken);
                    if (!ClusterRun.Report(options, pass, followed, results))
                    {
                        return ExitCodes.Busy;
                    }
                    continue;
                }
                if (parse.GetValue(DryRun))
                {
                    Console.WriteLine($"{options.Name}: a pass would (dry run: nothing fetched or changed):");
                    await foreach (var step in pipeline.SourceFor(options).DescribePlanAsync(options, cancellationToken))
                    {
                        Console.WriteLine($"  {step}");
                    }
                    continue;
                }
                var result = await ExclusivePass.RunAsync(options, () => ProgressDisplay.RunAsync(options.Name, logger,
                    progress => pipeline.RunAsync(options, "run", progress, cancellationToken)), parse.GetValue(ExclusivePass.Wait), cancellationToken);
                if (result is null)
                {
                    return ExitCodes.Busy;
                }
                results.Add(result);
            }
            return PassReport.Print(results);
        });
        return command;
    }
}
