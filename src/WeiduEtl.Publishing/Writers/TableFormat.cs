using WeiduEtl.Publishing.Tables;

namespace WeiduEtl.Publishing.Writers;

/// <summary>A file format every table is published in, with how datapackage.json names and types its resource.</summary>
internal sealed record TableFormat(string Extension, string MediaType, string ResourceSuffix, Func<string, TableDefinition, ITableFileWriter> Open)
{
    public static readonly TableFormat Csv = new("csv", "text/csv", "", CsvTableWriter.Open);

    public static readonly TableFormat Json = new("json", "application/json", "-json", JsonTableWriter.Open);

    public static readonly TableFormat Parquet = new("parquet", "application/vnd.apache.parquet", "-parquet", ParquetTableWriter.Open);

    /// <summary>In publishing order: the CSV resource is the contract's, the others are the same rows again.</summary>
    public static IReadOnlyList<TableFormat> All { get; } = [Csv, Json, Parquet];

    /// <summary>
    /// The formats of a layout. Single-file tables stay the contract's CSV and JSON: `serve` (its ManifestResource)
    /// groups a table's resources by the "-json" suffix only, and would list an "articles-parquet" table.
    /// </summary>
    public static IReadOnlyList<TableFormat> For(bool partitioned) => partitioned ? All : [Csv, Json];

    public static TableFormat Of(string extension) => All.Single(f => f.Extension == extension);

    public string ResourceName(TableDefinition table) => table.Name + ResourceSuffix;
}
