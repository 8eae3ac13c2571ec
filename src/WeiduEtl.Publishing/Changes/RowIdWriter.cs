using System.Buffers;
using System.Text.Json;
using WeiduEtl.Publishing.Tables;
using WeiduEtl.Publishing.Writers;

namespace WeiduEtl.Publishing.Changes;

/// <summary>
/// Writes each row's primary key as the change feed spells an id, one a line: the value's JSON as the table's JSON
/// file writes it, or for a composite key an array of them on one line (["…-a0001",2]).
/// </summary>
internal sealed class RowIdWriter : ITableFileWriter
{
    private readonly FileStream _stream;
    private readonly int[] _key;
    private readonly Action<int> _completed;
    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _json;
    private int _rows;

    public RowIdWriter(string path, TableDefinition table, Action<int> completed)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        _key = [.. table.PrimaryKey.Select(k => table.Fields.Select((f, i) => (f.Name, i)).Single(f => f.Name == k).i)];
        _completed = completed;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = CellFormat.Json.Encoder });
    }

    public ValueTask WriteRowAsync(object?[] cells, CancellationToken cancellationToken)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        if (_key.Length == 1)
        {
            CellFormat.WriteJson(_json, cells[_key[0]]);
        }
        else
        {
            _json.WriteStartArray();
            foreach (var column in _key)
            {
                CellFormat.WriteJson(_json, cells[column]);
            }
            _json.WriteEndArray();
        }
        _json.Flush();
        _stream.Write(_buffer.WrittenSpan);
        _stream.WriteByte((byte)'\n');
        _rows++;
        return ValueTask.CompletedTask;
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await _stream.FlushAsync(cancellationToken);
        _completed(_rows);
    }

    public async ValueTask DisposeAsync()
    {
        await _json.DisposeAsync();
        await _stream.DisposeAsync();
    }
}
