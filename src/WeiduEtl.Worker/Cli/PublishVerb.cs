using System.CommandLine;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Worker.Hosting;

namespace WeiduEtl.Worker.Cli;

/// <summary><c>publish</c>: write a snapshot of what the database holds, without fetching.</summary>
public static class PublishVerb
{
    public static Command Create()
    {
        var command = new Command("publish", "Write a snapshot from the database without fetching");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var context = VerbContext.Create(parse);
            if (context is null)
            {
                return ExitCodes.BadConfiguration;
            }
            var store = context.Get<IIssueStore>();
            foreach (var p in context.Pipelines)
            {
                using var held = PipelineLock.TryAcquire(p.Output);
                if (held is null)
                {
                    Console.Error.WriteLine($"{p.Name}: another pass is running; try again when it ends");
                    return ExitCodes.DocumentsFailed;
                }
                await store.MigrateAsync(p.Database, cancellationToken);
                var ledger = await RunLedger.StartAsync(store, p, "publish", context.Get<TimeProvider>(), cancellationToken);
                var snapshot = await context.Get<SnapshotStep>().PublishAsync(p, cancellationToken);
                await ledger.FinishAsync("succeeded", snapshot.SnapshotId, null, cancellationToken);
                Console.WriteLine($"{p.Name}: snapshot {snapshot.SnapshotId} at {Path.Combine(p.Output, snapshot.Path)}: {string.Join(", ", snapshot.Tables.Select(t => $"{t.Key} {t.Value}"))}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
