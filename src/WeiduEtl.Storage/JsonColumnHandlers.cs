using System.Data;
using System.Text.Json;
using Dapper;

namespace WeiduEtl.Storage;

/// <summary>Arrays (reporters, subheadings, bbox) live in SQLite as JSON text, as Table Schema's array type.</summary>
internal static class JsonColumnHandlers
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
        {
            return;
        }
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.AddTypeHandler(new JsonArrayHandler<string>());
        SqlMapper.AddTypeHandler(new JsonArrayHandler<double>());
        SqlMapper.AddTypeHandler(new JsonArrayHandler<WeiduEtl.Core.Rows.HeaderSource>());
    }

    /// <summary>
    /// An array column's text as its array; null for NULL or empty text. Most arrays are empty (no correspondents, no
    /// subheadings): those skip the deserializer, which a publish would call millions of times.
    /// </summary>
    public static T[]? ParseArray<T>(string? text) => text switch
    {
        "[]" => [],
        { Length: > 0 } => JsonSerializer.Deserialize<T[]>(text),
        _ => null,
    };

    private sealed class JsonArrayHandler<T> : SqlMapper.TypeHandler<T[]?>
    {
        public override T[]? Parse(object value) => ParseArray<T>(value as string);

        public override void SetValue(IDbDataParameter parameter, T[]? value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value is null ? DBNull.Value : JsonSerializer.Serialize(value, StorageJson.Options);
        }
    }
}
