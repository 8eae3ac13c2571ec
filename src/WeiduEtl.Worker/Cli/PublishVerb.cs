using System.CommandLine;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Worker.Cli;

/// <summary><c>publish</c>: write a snapshot of what the database holds, without fetching.</summary>
public static class PublishVerb
{
    public static Command Create()
    {
        var command = new Command("publish", "Write a snapshot from the database without fetching") { ExclusivePass.Wait };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var context = VerbContext.Create(parse);
            if (context is null)
            {
                return ExitCodes.BadConfiguration;
            }
            foreach (var p in context.Pipelines)
            {
                SnapshotInfo? snapshot;
                try
                {
                    snapshot = await ExclusivePass.RunAsync(p, () => PublishAsync(context, p, cancellationToken), parse.GetValue(ExclusivePass.Wait), cancellationToken);
                }
                catch (SnapshotFailedException ex)
                {
                    Console.Error.WriteLine($"{p.Name}: {ex.Message}");
                    return ExitCodes.DocumentsFailed;
                }
                if (snapshot is null)
                {
                    return ExitCodes.Busy;
                }
                Console.WriteLine($"{p.Name}: snapshot {snapshot.SnapshotId} at {(S3Location.IsS3(p.Output) ? $"{p.Output.TrimEnd('/')}/{snapshot.Path}" : Path.Combine(p.Output, snapshot.Path))}: {string.Join(", ", snapshot.Tables.Select(t => $"{t.Key} {t.Value}"))}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>One publish in the ledger: succeeded with its snapshot, or failed with the reason.</summary>
    private static async Task<SnapshotInfo> PublishAsync(VerbContext context, PipelineOptions pipeline, CancellationToken cancellationToken)
    {
        var stores = context.Get<IStoreFactory>();
        await stores.Issues(pipeline).MigrateAsync(cancellationToken);
        var ledger = await RunLedger.StartAsync(stores.Runs(pipeline), pipeline, "publish", context.Get<TimeProvider>(), cancellationToken);
        try
        {
            var published = await context.Get<SnapshotStep>().PublishAsync(pipeline, cancellationToken);
            await ledger.FinishAsync("succeeded", published.SnapshotId, null, cancellationToken);
            return published;
        }
        catch (SnapshotFailedException ex)
        {
            await ledger.FinishAsync("failed", null, ex.Message, cancellationToken);
            throw;
        }
    }
}
