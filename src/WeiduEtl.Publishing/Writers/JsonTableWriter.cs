using System.Text.Json;
using WeiduEtl.Publishing.Tables;

namespace WeiduEtl.Publishing.Writers;

/// <summary>Writes a table as a JSON array of objects with exactly the CSV's columns; arrays stay arrays.</summary>
internal sealed class JsonTableWriter : ITableFileWriter
{
    /// <summary>Utf8JsonWriter keeps what it wrote until flushed: flushing at this size keeps memory flat.</summary>
    private const int FlushAtBytes = 1 << 16;

    private readonly Stream _stream;
    private readonly Utf8JsonWriter _json;
    private readonly TableDefinition _table;

    private JsonTableWriter(Stream stream, TableDefinition table)
    {
        _stream = stream;
        _json = new Utf8JsonWriter(_stream, new JsonWriterOptions { Indented = true, Encoder = CellFormat.Json.Encoder });
        _table = table;
        _json.WriteStartArray();
    }

    public static ITableFileWriter Open(Stream stream, TableDefinition table) => new JsonTableWriter(stream, table);

    public async ValueTask WriteRowAsync(object row, CancellationToken cancellationToken)
    {
        _json.WriteStartObject();
        foreach (var field in _table.Fields)
        {
            _json.WritePropertyName(field.Name);
            CellFormat.WriteJson(_json, field.Value(row));
        }
        _json.WriteEndObject();
        if (_json.BytesPending >= FlushAtBytes)
        {
            await _json.FlushAsync(cancellationToken);
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _json.WriteEndArray();
        await _json.FlushAsync(cancellationToken);
        await _stream.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    public ValueTask DisposeAsync() => _json.DisposeAsync();
}
