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
