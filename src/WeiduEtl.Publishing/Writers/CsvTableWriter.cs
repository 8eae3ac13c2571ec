using CsvHelper;
using WeiduEtl.Publishing.Tables;

namespace WeiduEtl.Publishing.Writers;

/// <summary>Writes a table as RFC 4180 CSV, UTF-8 without BOM, with a header row of the contract's column names.</summary>
internal sealed class CsvTableWriter : ITableFileWriter
{
    private static readonly CsvWriterOptions Options = new() { NewLine = "\n", WriteByteOrderMark = false };

    private readonly CsvWriter _csv;
    private readonly TableDefinition _table;
    private bool _headerWritten;

    private CsvTableWriter(Stream stream, TableDefinition table)
    {
        _csv = CsvWriter.Create(stream, Options, leaveOpen: true);
        _table = table;
    }

    public static ITableFileWriter Open(Stream stream, TableDefinition table) => new CsvTableWriter(stream, table);

    /// <summary>Field by field and synchronous: the file is local, and a task and an array per row cost more than the writing.</summary>
    public ValueTask WriteRowAsync(object?[] cells, CancellationToken cancellationToken)
    {
        WriteHeader();
        foreach (var cell in cells)
        {
            _csv.WriteField(CellFormat.ToCsv(cell));
        }
        _csv.EndRecord();
        return ValueTask.CompletedTask;
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        WriteHeader();
        await _csv.FlushAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _csv.DisposeAsync();

    private void WriteHeader()
    {
        if (!_headerWritten)
        {
            _headerWritten = true;
            _csv.WriteRecord([.. _table.Fields.Select(f => f.Name)]);
        }
    }
}
