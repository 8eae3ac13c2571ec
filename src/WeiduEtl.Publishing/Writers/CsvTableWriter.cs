using CsvHelper;
using WeiduEtl.Publishing.Tables;

namespace WeiduEtl.Publishing.Writers;

/// <summary>Writes a table as RFC 4180 CSV, UTF-8 without BOM, with a header row of the contract's column names.</summary>
internal sealed class CsvTableWriter : ITableFileWriter
{
    private static readonly CsvWriterOptions Options = new() { NewLine = "\n", WriteByteOrderMark = false };

    private readonly FileStream _stream;
    private readonly CsvWriter _csv;
    private readonly TableDefinition _table;
    private bool _headerWritten;

    private CsvTableWriter(string path, TableDefinition table)
    {
        _stream = File.Create(path);
        _csv = CsvWriter.Create(_stream, Options, leaveOpen: true);
        _table = table;
    }

    public static ITableFileWriter Open(string path, TableDefinition table) => new CsvTableWriter(path, table);

    public async ValueTask WriteRowAsync(object row, CancellationToken cancellationToken)
    {
        await WriteHeaderAsync(cancellationToken);
        await _csv.WriteRecordAsync([.. _table.Fields.Select(f => CellFormat.ToCsv(f.Value(row)))], cancellationToken);
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await WriteHeaderAsync(cancellationToken);
        await _csv.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _csv.DisposeAsync();
        await _stream.DisposeAsync();
    }

    private async Task WriteHeaderAsync(CancellationToken cancellationToken)
    {
        if (!_headerWritten)
        {
            _headerWritten = true;
            await _csv.WriteRecordAsync([.. _table.Fields.Select(f => f.Name)], cancellationToken);
        }
    }
}
