using System.Data;
using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using WeiduEtl.Storage.Sqlite;

namespace WeiduEtl.Storage;

/// <summary>
/// Inserts a table's rows through one command whose parameters are made once and re-filled per row, with the values
/// Dapper would bind (arrays as JSON text, as <see cref="JsonColumnHandlers"/>). Dapper names its parameters without
/// the <c>@</c>, so Microsoft.Data.Sqlite looked each one up four times a row (bare, <c>@</c>, <c>$</c>, <c>:</c>):
/// a third of a text page's storing went to those look-ups and to Dapper's per-row binding. On SQLite the rows go
/// through <see cref="SqliteRowWriter{TRow}"/> instead, bound by position on SQLite's own statement.
/// </summary>
internal static class RowWriter<TRow>
{
    private static readonly Column[] Columns =
        [.. typeof(TRow).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(Column.For)];

    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, string table, IEnumerable<TRow> rows, CancellationToken cancellationToken)
    {
        if (rows is IReadOnlyCollection<TRow> { Count: 0 })
        {
            return;
        }
        if (connection is SqliteConnection sqlite)
        {
            SqliteRowWriter<TRow>.Insert(sqlite, table, rows, cancellationToken);
            return;
        }
        await InsertByParametersAsync(connection, transaction, table, rows, cancellationToken);
    }

    /// <summary>Through the ADO.NET command and its parameters, as PostgreSQL's rows go (and SQLite's did).</summary>
    internal static async Task InsertByParametersAsync(DbConnection connection, DbTransaction transaction, string table, IEnumerable<TRow> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = RowInsert<TRow>.Into(table);
        var parameters = new DbParameter[Columns.Length];
        for (var i = 0; i < Columns.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + Columns[i].Name;
            parameter.DbType = Columns[i].DbType;
            command.Parameters.Add(parameter);
            parameters[i] = parameter;
        }
        foreach (var row in rows)
        {
            for (var i = 0; i < Columns.Length; i++)
            {
                parameters[i].Value = Columns[i].Read(row);
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed record Column(string Name, DbType DbType, Func<TRow, object> Read)
    {
        public static Column For(PropertyInfo property)
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var getter = Getter(property);
            if (type.IsArray)
            {
                return new Column(property.Name, DbType.String, row => getter(row) is { } value ? JsonSerializer.Serialize(value, property.PropertyType, StorageJson.Options) : DBNull.Value);
            }
            var dbType = Type.GetTypeCode(type) switch
            {
                TypeCode.String => DbType.String,
                TypeCode.Int32 => DbType.Int32,
                TypeCode.Int64 => DbType.Int64,
                TypeCode.Decimal => DbType.Decimal,
                TypeCode.Double => DbType.Double,
                _ => throw new NotSupportedException($"{typeof(TRow).Name}.{property.Name}: a {type.Name} column has no binding in {nameof(RowWriter<TRow>)}; add one beside string, int, long, decimal, double and arrays"),
            };
            return new Column(property.Name, dbType, row => getter(row) ?? DBNull.Value);
        }

        private static Func<TRow, object?> Getter(PropertyInfo property)
        {
            var row = Expression.Parameter(typeof(TRow), "row");
            var body = Expression.Convert(Expression.Property(row, property), typeof(object));
            return Expression.Lambda<Func<TRow, object?>>(body, row).Compile();
        }
    }
}
