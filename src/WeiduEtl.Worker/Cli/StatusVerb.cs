using System.CommandLine;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;
using WeiduEtl.Storage.Cluster;
using WeiduEtl.Worker.Cluster;

namespace WeiduEtl.Worker.Cli;

/// <summary><c>status</c>: the last runs of each pipeline, their counts and failures, and the latest snapshot.</summary>
public static class StatusVerb
{
    private static readonly Option<int> Last = new("--last") { Description = "How many runs to show per pipeline", DefaultValueFactory = _ => 5 };

    public static Command Create()
    {
        var command = new Command("status", "Show the last runs per pipeline, their counts and failures") { Last };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var context = VerbContext.Create(parse, checkDatabases: false);
            if (context is null)
            {
                return ExitCodes.BadConfiguration;
            }
            var stores = context.Get<IStoreFactory>();
            var publisher = context.Get<ISnapshotPublisher>();
            foreach (var p in context.Pipelines)
            {
                Console.WriteLine($"{p.Name} ({p.Publication}) — database {DatabaseValue.Redacted(p.Database)}");
                try
                {
                    var latest = publisher.ReadLatest(p);
                    Console.WriteLine(latest is null
                        ? "  latest snapshot: none yet"
                        : $"  latest snapshot: {latest.SnapshotId} at {latest.CreatedAt}: {string.Join(", ", latest.Tables.Select(t => $"{t.Key} {t.Value}"))}");
                }
                catch (IOException ex)
                {
                    // An output on object storage that cannot be reached now: the ledger below still answers.
                    Console.WriteLine($"  latest snapshot: unknown, {p.Output} could not be read: {ex.Message}");
                }
                if (!DatabaseValue.IsPostgres(p.Database) && !File.Exists(p.Database))
                {
                    Console.WriteLine("  no runs yet");
                    continue;
                }
                var store = stores.Runs(p);
                var runs = await store.RecentRunsAsync(p.Name, parse.GetValue(Last), cancellationToken);
                foreach (var run in runs)
                {
                    Console.WriteLine($"  run {run.RunId} {run.Trigger,-8} {run.StartedAt} {run.Status,-9} seen {run.Seen}, stored {run.Stored}, unchanged {run.Unchanged}, failed {run.Failed}{(run.SnapshotId is null ? "" : $", snapshot {run.SnapshotId}")}{(run.Status == "abandoned" ? $" ({run.Message})" : "")}");
                    foreach (var failure in await store.FailuresOfRunAsync(run.RunId, cancellationToken))
                    {
                        Console.WriteLine($"      FAILED {failure.SourceUri}: {failure.Error}");
                    }
                }
            }
            if (context.Config.Cluster is { } cluster)
            {
                await using var store = new ClusterStore(cluster.Database);
                await ClusterStatus.PrintAsync(store, context.Pipelines, context.Get<TimeProvider>().GetUtcNow(), parse.GetValue(Last), cancellationToken);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
