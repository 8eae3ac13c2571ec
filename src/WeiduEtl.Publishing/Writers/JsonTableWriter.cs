using System.Text.Json;
using WeiduEtl.Publishing.Tables;

namespace WeiduEtl.Publishing.Writers;

/// <summary>Writes a table as a JSON array of objects with exactly the CSV's columns; arrays stay arrays.</summary>
internal static class JsonTableWriter
{
    public static async Task WriteAsync(string path, TableDefinition table, IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(path);
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = CellFormat.Json.Encoder });
        json.WriteStartArray();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            json.WriteStartObject();
            foreach (var field in table.Fields)
            {
                json.WritePropertyName(field.Name);
                JsonSerializer.Serialize(json, field.Value(row), CellFormat.Json);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
        await stream.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }
}
