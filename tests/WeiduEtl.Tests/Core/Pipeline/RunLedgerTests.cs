using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Runs;
using WeiduEtl.Storage;
using WeiduEtl.Tests.Support;

namespace WeiduEtl.Tests.Core.Pipeline;

public sealed class RunLedgerTests
{
    [Fact]
    public async Task Record_UnchangedBatchedAroundAStoredOne_LedgerKeepsThePassOrder()
    {
        using var temp = new TempFolder();
        await using var stores = new StoreFactory();
        var pipeline = new PipelineOptions { Name = "p", Database = temp.File("weidu.db") };
        await stores.Issues(pipeline.Database).MigrateAsync(default);
        var ledger = await RunLedger.StartAsync(stores.Runs(pipeline.Database), pipeline, "run", new FakeTimeProvider(), default);
        var expected = new List<(string, string)>();
        for (var i = 0; i < 1500; i++)
        {
            var outcome = i == 700 ? DocumentOutcome.Stored : DocumentOutcome.Unchanged;
            await ledger.RecordAsync($"pages/{i:D4}.txt", "sha", outcome, null, null, default);
            expected.Add(($"pages/{i:D4}.txt", outcome.ToString().ToLowerInvariant()));
        }

        var result = await ledger.FinishAsync("succeeded", null, null, default);

        using var connection = new SqliteConnection($"Data Source={pipeline.Database};Pooling=False");
        var rows = connection.Query<(string, string)>("SELECT source_uri, outcome FROM run_documents ORDER BY id").ToList();
        Assert.Equal(expected, rows);
        Assert.Equal((1500, 1, 1499), (result.Summary.Seen, result.Summary.Stored, result.Summary.Unchanged));
    }
}
