using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Rows;
using WeiduEtl.Publishing;
using WeiduEtl.Publishing.Tables;
using WeiduEtl.Storage;
using WeiduEtl.Tests.Support;
using WeiduEtl.TestSupport.Postgres;

namespace WeiduEtl.Tests.Publishing;

/// <summary>
/// Each column is defined by its row record (the INSERT column lists are read from it), its migration SQL and
/// <see cref="ContractTables"/>. These tests hold them together for every table, names in order and types where they
/// map, on SQLite and PostgreSQL, with the INSERT and SELECT round trip and with the published datapackage.json.
/// </summary>
public sealed class ContractSchemaAgreementTests
{
    private const string IssueId = "p-abc";
    private const string ArticleId = "p-abc-a0001";

    /// <summary>One row per table with every column given a value, so a column lost anywhere shows.</summary>
    private static IssueRecord FullRecord() => new(
        new IssueRow
        {
            IssueId = IssueId, Pipeline = "p", Publication = "许昌日报", PageLabel = "魏都区", IssueDate = "2026-01-13", IssueDateBasis = "source",
            SourceUri = "pages/a.txt", SourceSha256 = "00", SourceBytes = 10, MediaType = "text/plain", PageCount = 1, ArticleCount = 1,
            FirstSeenAt = "2026-01-14T08:00:00Z", ParsedAt = "2026-01-14T08:00:00Z", ParserVersion = "text-1",
        },
        [new ArticleRow
        {
            ArticleId = ArticleId, IssueId = IssueId, Seq = 1, Page = 1, Kind = "article", Section = "一周要闻", Kicker = "魏都区民政局",
            Headline = "标题", Subheadline = "副题", Dateline = "本报讯", Reporters = ["王远"], Correspondents = ["李明"], Photographers = ["张三"],
            SourceTag = "魏宣", Subheadings = ["一、坚持"], Lead = "景海燕说：“好。”", Body = "景海燕说：“好。”", ParagraphCount = 1, CharCount = 9, Bbox = [1, 2, 3, 4],
            Provenance = [new HeaderSource("headline", "headline-over-credit", 1)],
        }],
        [new ContributorRow { ArticleId = ArticleId, Seq = 1, Name = "王远", Role = "reporter", CreditText = "本报记者 王远" }],
        [new PhotoRow
        {
            PhotoId = "p-abc-p0001", IssueId = IssueId, ArticleId = ArticleId, Caption = "图", Credit = "张三", Page = 1, Bbox = [1, 2, 3, 4],
            ImagePath = "images/p-abc-p0001.png", WidthPx = 10, HeightPx = 20, ImageSha256 = "ff",
        }],
        [new FigureRow { FigureId = "p-abc-f0001", ArticleId = ArticleId, Text = "约10亿元", Label = "总投资", Value = 1000000000m, Unit = "元", Qualifier = "approx", CharStart = 1, CharEnd = 6, Rule = "figure-reader" }],
        [new DateRow { DateId = "p-abc-d0001", ArticleId = ArticleId, Text = "8月15日上午", Date = "2026-08-15", Precision = "day", PartOfDay = "上午", CharStart = 2, CharEnd = 9, Rule = "date-month-first" }],
        [new ImageFile("images/p-abc-p0001.png", [1, 2])],
        [1, 2, 3])
    {
        Mentions =
        [
            new MentionRow
            {
                MentionId = "p-abc-m0001", ArticleId = ArticleId, Kind = "person", Text = "局长景海燕", Name = "景海燕", Title = "局长",
                Organisation = "魏都城管局", CharStart = 0, CharEnd = 3, Rule = "title-name", PersonKey = ArticleId + ":景海燕",
            },
        ],
        Quotes =
        [
            new QuoteRow
            {
                QuoteId = "p-abc-q0001", ArticleId = ArticleId, Text = "好。", Speaker = "景海燕", SpeakerMentionId = "p-abc-m0001",
                Verb = "说", CharStart = 6, CharEnd = 8, Rule = "quote-before",
            },
        ],
    };

    private static DatasetTables AsDataset(IssueRecord r) =>
        new([r.Issue], r.Articles, r.Contributors, r.Photos, r.Figures, r.Dates, r.Images) { Mentions = r.Mentions, Quotes = r.Quotes };

    private static string SnakeCase(string pascal) =>
        string.Concat(pascal.Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));

    private static List<string> Columns(TableDefinition table) => [.. table.Fields.Select(f => f.Name)];

    [Fact]
    public void ContractTables_EveryTable_MatchesItsRowRecordsProperties()
    {
        foreach (var (table, rows) in ContractTables.WithRows(AsDataset(FullRecord())))
        {
            var row = Assert.Single(rows);
            var properties = row.GetType().GetProperties().Where(p => p.Name != "EqualityContract").Select(p => SnakeCase(p.Name)).ToList();
            Assert.True(Columns(table).SequenceEqual(properties), $"{table.Name}: contract [{string.Join(", ", Columns(table))}] vs record [{string.Join(", ", properties)}]");
            foreach (var field in table.Fields)
            {
                var property = row.GetType().GetProperties().Single(p => SnakeCase(p.Name) == field.Name).PropertyType;
                var clr = Nullable.GetUnderlyingType(property) ?? property;
                Assert.True(ClrTypesOf(field.Type).Contains(clr), $"{table.Name}.{field.Name}: contract type {field.Type} but the record holds {clr.Name}");
            }
        }
    }

    /// <summary>The record property types a Table Schema type is read from.</summary>
    private static Type[] ClrTypesOf(string contractType) => contractType switch
    {
        "string" or "date" or "datetime" => [typeof(string)],
        "integer" => [typeof(int), typeof(long)],
        "number" => [typeof(decimal), typeof(double)],
        "array" => [typeof(string[]), typeof(double[]), typeof(HeaderSource[])],
        _ => [],
    };

    /// <summary>
    /// The SQL column types (lower case, as SQLite declares them and PostgreSQL's information_schema names them) a
    /// Table Schema type is stored in: dates, times, arrays (JSON) and decimals (exact, as text) are text on both.
    /// </summary>
    private static string[] SqlTypesOf(string contractType) => contractType switch
    {
        "string" or "date" or "datetime" or "array" or "number" => ["text"],
        "integer" => ["integer", "bigint"],
        _ => [],
    };

    [Fact]
    public async Task ContractTables_EveryTable_MatchesTheMigratedSchemaAndRoundTripsEveryColumn()
    {
        using var temp = new TempFolder();
        var db = temp.File("weidu.db");
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        await RoundTripAsync(db, table => [.. connection.Query<(string, string)>($"SELECT name, type FROM pragma_table_info('{table}') ORDER BY cid")]);
    }

    [SkippableFact]
    public async Task ContractTables_EveryTable_MatchesThePostgresSchemaAndRoundTripsEveryColumn()
    {
        Skip.If(PostgresTestDatabase.SkipReason is not null, PostgresTestDatabase.SkipReason);
        await using var database = PostgresTestDatabase.Create();
        using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await RoundTripAsync(database.ConnectionString, table => [.. connection.Query<(string, string)>(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position", new { table })]);
    }

    /// <param name="columnsOf">A table's columns in the database with their declared types, in order.</param>
    private static async Task RoundTripAsync(string db, Func<string, List<(string Name, string Type)>> columnsOf)
    {
        await using var stores = new StoreFactory();
        var store = stores.Issues(db);
        await store.MigrateAsync(default);
        var original = FullRecord();
        await store.SaveIssueAsync(original, default);
        var loaded = await store.LoadDatasetAsync("p", default);

        var expected = ContractTables.WithRows(AsDataset(original));
        var actual = ContractTables.WithRows(loaded);
        for (var t = 0; t < expected.Count; t++)
        {
            var table = expected[t].Table;
            var sqlColumns = columnsOf(table.Name);
            var sqlNames = sqlColumns.Select(c => c.Name).ToList();
            Assert.True(Columns(table).SequenceEqual(sqlNames), $"{table.Name}: contract [{string.Join(", ", Columns(table))}] vs SQL [{string.Join(", ", sqlNames)}]");
            foreach (var (field, column) in table.Fields.Zip(sqlColumns))
            {
                Assert.True(SqlTypesOf(field.Type).Contains(column.Type.ToLowerInvariant()), $"{table.Name}.{field.Name}: contract type {field.Type} but SQL {column.Type}");
            }
            var before = Assert.Single(expected[t].Rows);
            var after = Assert.Single(actual[t].Rows);
            foreach (var field in table.Fields)
            {
                var written = JsonSerializer.Serialize(field.Value(before));
                Assert.NotEqual("null", written);
                var read = JsonSerializer.Serialize(field.Value(after));
                Assert.True(SameValue(written, read), $"{table.Name}.{field.Name} did not survive the INSERT and SELECT: {written} became {read}");
            }
        }
    }

    /// <summary>Numbers compare by value: a decimal read back from SQLite may carry a trailing .0.</summary>
    private static bool SameValue(string written, string read) =>
        written == read || (decimal.TryParse(written, System.Globalization.CultureInfo.InvariantCulture, out var a)
            && decimal.TryParse(read, System.Globalization.CultureInfo.InvariantCulture, out var b) && a == b);

    [Fact]
    public async Task PublishedDataPackage_EveryTable_DescribesTheContractColumnsInBothFormats()
    {
        using var temp = new TempFolder();
        var pipeline = new PipelineOptions { Name = "p", Publication = "许昌日报", Output = temp.Path, License = "CC-BY-4.0" };
        var snapshot = await new SnapshotPublisher(new FakeTimeProvider(new DateTimeOffset(2026, 1, 14, 8, 15, 0, TimeSpan.Zero)), NullLogger<SnapshotPublisher>.Instance)
            .PublishAsync(pipeline, AsDataset(FullRecord()), default);

        var folder = Path.Combine(temp.Path, "snapshots", snapshot.SnapshotId);
        var resources = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "datapackage.json"))).RootElement.GetProperty("resources").EnumerateArray().ToList();
        foreach (var (table, _) in ContractTables.WithRows(AsDataset(FullRecord())))
        {
            foreach (var format in new[] { "csv", "json" })
            {
                var resource = Assert.Single(resources, r => r.GetProperty("path").GetString() == $"{table.Name}.{format}");
                var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray()
                    .Select(f => (f.GetProperty("name").GetString()!, f.GetProperty("type").GetString()!)).ToList();
                Assert.Equal([.. table.Fields.Select(f => (f.Name, f.Type))], fields);
                Assert.Equal(1, resource.GetProperty("rows").GetInt32());
            }
        }
    }
}
