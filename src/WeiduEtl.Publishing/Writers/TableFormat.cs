using WeiduEtl.Publishing.Tables;

namespace WeiduEtl.Publishing.Writers;

/// <summary>A file format every table is published in, with how datapackage.json names and types its resource.</summary>
internal sealed record TableFormat(string Extension, string MediaType, string ResourceSuffix, Func<Stream, TableDefinition, ITableFileWriter> Open)
{
    public static readonly TableFormat Csv = new("csv", "text/csv", "", CsvTableWriter.Open);

    public static readonly TableFormat Json = new("json", "application/json", "-json", JsonTableWriter.Open);

    public static readonly TableFormat Parquet = new("parquet", "application/vnd.apache.parquet", "-parquet", ParquetTableWriter.Open);

    /// <summary>
    /// In publishing order, for single-file and month-partitioned tables alike: the CSV resource is the contract's, the
    /// others are the same rows again.
    /// </summary>
    public static IReadOnlyList<TableFormat> All { get; } = [Csv, Json, Parquet];

    public static TableFormat Of(string extension) => All.Single(f => f.Extension == extension);

    public string ResourceName(TableDefinition table) => table.Name + ResourceSuffix;
}
