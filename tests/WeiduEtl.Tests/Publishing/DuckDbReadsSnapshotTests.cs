using System.Text.Json;
using DuckDB.NET.Data;
using Microsoft.Extensions.Time.Testing;
using WeiduEtl.Tests.Support;
using static WeiduEtl.Tests.Publishing.PartitionedPublishTests;

namespace WeiduEtl.Tests.Publishing;

/// <summary>
/// DuckDB, as a consumer would use it, reads every table's files that datapackage.json lists (one file, or a
/// path array of month partitions) in CSV and in Parquet, with the row counts the package states.
/// </summary>
public sealed class DuckDbReadsSnapshotTests
{
    private static readonly DateTimeOffset Noon = new(2026, 1, 14, 8, 15, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1)]
    [InlineData(1_000)]
    public async Task DuckDb_EveryTableInCsvAndParquet_ReadsTheRowsDatapackageStates(long partitionFromArticles)
    {
        using var temp = new TempFolder();
        var folder = await PublishFirstAsync(temp.Path, partitionFromArticles,
            Data(Issue("a", "2019-10-02"), Issue("b", "2019-10-30"), Issue("c", "2019-11-01"), Issue("d", null)));
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "datapackage.json")));
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();

        var tables = package.RootElement.GetProperty("resources").EnumerateArray().Where(r => r.TryGetProperty("schema", out _)).ToList();
        Assert.Equal(8 * 3, tables.Count);
        foreach (var resource in tables)
        {
            var format = resource.GetProperty("format").GetString();
            var path = resource.GetProperty("path");
            var files = path.ValueKind == JsonValueKind.Array ? path.EnumerateArray().Select(p => p.GetString()!).ToList() : [path.GetString()!];
            var list = string.Join(", ", files.Select(f => $"'{Path.Combine(folder, f)}'"));
            var read = format switch
            {
                "csv" => $"read_csv([{list}], header = true)",
                "parquet" => $"read_parquet([{list}])",
                _ => null,
            };
            if (read is null)
            {
                continue;
            }
            using var command = duck.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {read}";
            Assert.Equal(resource.GetProperty("rows").GetInt64(), Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task DuckDb_ParquetArticles_HaveTheContractsColumnsAndTypes()
    {
        using var temp = new TempFolder();
        var snapshot = await Publisher(new FakeTimeProvider(Noon)).PublishAsync(Pipeline(temp.Path), Data(Issue("a", "2019-10-02")), default);
        var folder = Path.Combine(temp.Path, snapshot.Path);
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();

        using var command = duck.CreateCommand();
        command.CommandText = $"SELECT issue_date, parsed_at, source_bytes FROM read_parquet('{Path.Combine(folder, "issues", "2019-10.parquet")}')";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(new DateOnly(2019, 10, 2), reader.GetFieldValue<DateOnly>(0));
        Assert.Equal(new DateTime(2026, 1, 14, 8, 0, 0), reader.GetDateTime(1));
        Assert.Equal(10L, reader.GetInt64(2));

        using var figures = duck.CreateCommand();
        figures.CommandText = $"SELECT value, reporters FROM read_parquet('{Path.Combine(folder, "figures", "2019-10.parquet")}'), read_parquet('{Path.Combine(folder, "articles", "2019-10.parquet")}')";
        using var row = figures.ExecuteReader();
        Assert.True(row.Read());
        Assert.Equal(1000000000d, row.GetDouble(0));
        Assert.Equal("[\"王远\"]", row.GetString(1));
    }
}
