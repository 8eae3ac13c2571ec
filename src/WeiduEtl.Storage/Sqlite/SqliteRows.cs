using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace WeiduEtl.Storage.Sqlite;

/// <summary>
/// Runs a query on SQLite's own statement and maps each row as it is stepped: a publish reads millions of rows, and
/// Dapper's boxed value per column cost a quarter of its CPU.
/// </summary>
internal static class SqliteRows
{
    /// <param name="parameters">Named as in the SQL (@pipeline); those the SQL does not use are skipped.</param>
    public static IEnumerable<T> Read<T>(SqliteConnection connection, string sql, IReadOnlyList<(string Name, string? Value)> parameters, Func<SqliteColumns, T> map)
    {
        var database = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(database, sql, out var statement), database);
        using (statement)
        {
            foreach (var (name, value) in parameters)
            {
                var index = raw.sqlite3_bind_parameter_index(statement, name);
                if (index > 0)
                {
                    SqliteException.ThrowExceptionForRC(value is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_text(statement, index, value), database);
                }
            }
            var columns = new SqliteColumns(statement);
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                yield return map(columns);
            }
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, database);
            }
        }
    }
}
