using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace WeiduEtl.Publishing.Writers;

/// <summary>How values are spelled in published files: invariant numbers, arrays as JSON, Chinese unescaped.</summary>
internal static class CellFormat
{
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// A JSON value, written as <see cref="JsonSerializer"/> would write it but without its per-value type lookup:
    /// a publish writes millions of cells.
    /// </summary>
    public static void WriteJson(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case decimal m:
                json.WriteNumberValue(m);
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case string[] strings:
                json.WriteStartArray();
                foreach (var item in strings)
                {
                    json.WriteStringValue(item);
                }
                json.WriteEndArray();
                break;
            case double[] numbers:
                json.WriteStartArray();
                foreach (var item in numbers)
                {
                    json.WriteNumberValue(item);
                }
                json.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(json, value, value.GetType(), Json);
                break;
        }
    }

    /// <summary>A CSV cell: empty for null, arrays as JSON text (Table Schema's array type).</summary>
    public static string ToCsv(object? value) => value switch
    {
        null => "",
        string s => s,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable => JsonSerializer.Serialize(value, value.GetType(), Json),
        _ => value.ToString() ?? "",
    };
}
