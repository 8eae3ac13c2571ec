using System.CommandLine;
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
            var store = context.Get<IIssueStore>();
            foreach (var p in context.Pipelines)
            {
                var snapshot = await ExclusivePass.RunAsync(p, async () =>
                {
                    await store.MigrateAsync(p.Database, cancellationToken);
                    var ledger = await RunLedger.StartAsync(store, p, "publish", context.Get<TimeProvider>(), cancellationToken);
                    var published = await context.Get<SnapshotStep>().PublishAsync(p, cancellationToken);
                    await ledger.FinishAsync("succeeded", published.SnapshotId, null, cancellationToken);
                    return published;
                }, parse.GetValue(ExclusivePass.Wait), cancellationToken);
                if (snapshot is null)
                {
                    return ExitCodes.Busy;
                }
                Console.WriteLine($"{p.Name}: snapshot {snapshot.SnapshotId} at {Path.Combine(p.Output, snapshot.Path)}: {string.Join(", ", snapshot.Tables.Select(t => $"{t.Key} {t.Value}"))}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
