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

    private sealed class JsonArrayHandler<T> : SqlMapper.TypeHandler<T[]?>
    {
        /// <summary>Most arrays are empty (no correspondents, no subheadings): those skip the deserializer, which a publish would call millions of times.</summary>
        public override T[]? Parse(object value) => value switch
        {
            "[]" => [],
            string { Length: > 0 } text => JsonSerializer.Deserialize<T[]>(text),
            _ => null,
        };

        public override void SetValue(IDbDataParameter parameter, T[]? value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value is null ? DBNull.Value : JsonSerializer.Serialize(value, StorageJson.Options);
        }
    }
}
