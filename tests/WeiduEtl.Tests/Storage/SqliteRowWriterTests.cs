using Dapper;
using Microsoft.Data.Sqlite;
using WeiduEtl.Core.Rows;
using WeiduEtl.Storage;

namespace WeiduEtl.Tests.Storage;

/// <summary>
/// SQLite's rows are bound by position on SQLite's own statement (<c>SqliteRowWriter</c>); what lands in a column must
/// be what Microsoft.Data.Sqlite's parameters stored, to the byte and the storage class.
/// </summary>
public sealed class SqliteRowWriterTests
{
    public sealed record Probe
    {
        public string? Text { get; init; }
        public int Whole { get; init; }
        public int? MaybeWhole { get; init; }
        public long Count { get; init; }
        public long? MaybeLong { get; init; }
        public decimal Value { get; init; }
        public decimal? MaybeValue { get; init; }
        public double Real { get; init; }
        public double? MaybeReal { get; init; }
        public string[] Names { get; init; } = [];
        public double[]? Box { get; init; }
        public HeaderSource[] Provenance { get; init; } = [];
    }

    private static readonly Probe[] Probes =
    [
        new(),
        new()
        {
            Text = "十三五规划 GDP 增长6.1%，“稳”字当头\n第二行", Whole = -7, MaybeWhole = 0, Count = long.MaxValue, MaybeLong = long.MinValue,
            Value = 1.50m, MaybeValue = 0.0001m, Real = 0.1, MaybeReal = -1e300, Names = ["王远", ""], Box = [1.5, 2, 300.25, 4e-3],
            Provenance = [new HeaderSource("date", "masthead", 2)],
        },
        new() { Text = "", Value = decimal.MaxValue, MaybeValue = decimal.MinValue, Real = double.Epsilon, Names = ["a\"b\\c", "𠀀字"] },
        new() { Text = "前\0后", Value = 123456789.987654321m, MaybeValue = -0.5m, Real = -0.0 },
        new() { Text = "落单的\ud800代理与𠀀", Value = 1e-28m, MaybeValue = 100m, Real = 12345678.125 },
        new() { Text = new string('长', 20_000) + "尾", Value = 3m, MaybeValue = 2.000m },
    ];

    [Fact]
    public async Task Stores_every_value_as_Microsoft_Data_Sqlite_parameters_do()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        // Columns without a type keep each value in the storage class it was bound with.
        var columns = string.Join(", ", RowInsert<Probe>.Columns);
        await connection.ExecuteAsync($"CREATE TABLE by_parameters ({columns}); CREATE TABLE by_position ({columns});");

        using (var tx = connection.BeginTransaction())
        {
            await RowWriter<Probe>.InsertByParametersAsync(connection, tx, "by_parameters", Probes, default);
            await RowWriter<Probe>.InsertAsync(connection, tx, "by_position", Probes, default);
            tx.Commit();
        }

        var cells = string.Join(" || '|' || ", RowInsert<Probe>.Columns.Select(c => $"typeof({c}) || ':' || coalesce(hex({c}), 'null')"));
        var expected = (await connection.QueryAsync<string>($"SELECT {cells} FROM by_parameters ORDER BY rowid")).ToList();
        var actual = (await connection.QueryAsync<string>($"SELECT {cells} FROM by_position ORDER BY rowid")).ToList();
        Assert.Equal(Probes.Length, expected.Count);
        Assert.Equal(expected, actual);
    }
}
