using CsvHelper;
using WeiduEtl.Publishing.Tables;

namespace WeiduEtl.Publishing.Writers;

/// <summary>Writes a table as RFC 4180 CSV, UTF-8 without BOM, with a header row of the contract's column names.</summary>
internal static class CsvTableWriter
{
    private static readonly CsvWriterOptions Options = new() { NewLine = "\n", WriteByteOrderMark = false };

    public static async Task WriteAsync(string path, TableDefinition table, IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(path);
        await using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
        await csv.WriteRecordAsync([.. table.Fields.Select(f => f.Name)], cancellationToken);
        foreach (var row in rows)
        {
            await csv.WriteRecordAsync([.. table.Fields.Select(f => CellFormat.ToCsv(f.Value(row)))], cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }
}
