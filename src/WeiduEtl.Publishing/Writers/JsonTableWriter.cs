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
    private readonly JsonEncodedText[] _names;

    private JsonTableWriter(Stream stream, TableDefinition table)
    {
        _stream = stream;
        _json = new Utf8JsonWriter(_stream, new JsonWriterOptions { Indented = true, Encoder = CellFormat.Json.Encoder });
        _names = [.. table.Fields.Select(f => JsonEncodedText.Encode(f.Name, CellFormat.Json.Encoder))];
        _json.WriteStartArray();
    }

    public static ITableFileWriter Open(Stream stream, TableDefinition table) => new JsonTableWriter(stream, table);

    public async ValueTask WriteRowAsync(object?[] cells, CancellationToken cancellationToken)
    {
        _json.WriteStartObject();
        for (var i = 0; i < cells.Length; i++)
        {
            _json.WritePropertyName(_names[i]);
            CellFormat.WriteJson(_json, cells[i]);
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
